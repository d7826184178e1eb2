# A bank account simulation as in intro books
class InsufficientFunds(Exception):
    pass

class Account:
    interest = 0.02
    _next_id = 1

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("Deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(f"{self.owner} has only ${self._balance:,.2f}")
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def __str__(self):
        return f"Account #{self.id} ({self.owner}): ${self._balance:,.2f}"

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self._balance!r})"

    def __lt__(self, other):
        return self._balance < other._balance

class Savings(Account):
    interest = 0.05
    def add_interest(self):
        self.deposit(round(self._balance * self.interest, 2))

accounts = [Account("ann", 100), Savings("bob", 2500.5), Account("cy")]
accounts[0].deposit(50).withdraw(30)
accounts[1].add_interest()
for a in sorted(accounts, reverse=True):
    print(a)
print(accounts)
try:
    accounts[2].withdraw(10)
except InsufficientFunds as e:
    print("Error:", e)
try:
    accounts[2].deposit(-5)
except ValueError as e:
    print("Error:", e)
print(max(accounts), min(accounts, key=lambda a: a.owner))
print(accounts[0].history, Savings.interest, accounts[1].interest, Account.interest)
print(f"{'Owner':<6}{'Balance':>12}")
for a in accounts:
    print(f"{a.owner:<6}{a.balance:>12.2f}")
total = sum(a.balance for a in accounts)
print(f"Total: {total:,.2f}  avg={total / len(accounts):.3f}")
print(vars(accounts[2]))
print(hasattr(accounts[0], "add_interest"), isinstance(accounts[1], Account), issubclass(Savings, Account))
print(Savings.__mro__, Savings.__name__, Savings.__bases__)
print(accounts[1].__dict__.keys(), getattr(accounts[0], "missing", "default"))
