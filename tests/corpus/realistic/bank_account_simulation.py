class InsufficientFundsError(Exception):
    def __init__(self, balance: float, amount: float) -> None:
        super().__init__(f"cannot withdraw ${amount:.2f}; balance is ${balance:.2f}")
        self.shortfall = amount - balance


class Account:
    interest_rate = 0.0
    _next_number = 1000

    def __init__(self, owner: str, balance: float = 0.0) -> None:
        self.owner = owner
        self._balance = balance
        self.history: list[tuple[str, float]] = [("open", balance)]
        Account._next_number += 1
        self.number = Account._next_number

    @property
    def balance(self) -> float:
        return self._balance

    def deposit(self, amount: float) -> "Account":
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount: float) -> "Account":
        if amount > self._balance:
            raise InsufficientFundsError(self._balance, amount)
        self._balance -= amount
        self.history.append(("withdraw", -amount))
        return self

    def add_interest(self) -> None:
        interest = round(self._balance * self.interest_rate, 2)
        if interest:
            self._balance += interest
            self.history.append(("interest", interest))

    def __repr__(self) -> str:
        return f"{type(self).__name__}(#{self.number}, {self.owner!r}, balance={self._balance:.2f})"


class SavingsAccount(Account):
    interest_rate = 0.02


class CheckingAccount(Account):
    def __init__(self, owner: str, balance: float = 0.0, overdraft: float = 100.0) -> None:
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def withdraw(self, amount: float) -> "Account":
        if amount > self._balance + self.overdraft:
            raise InsufficientFundsError(self._balance + self.overdraft, amount)
        self._balance -= amount
        self.history.append(("withdraw", -amount))
        return self


accounts = [SavingsAccount("Ann", 1000), CheckingAccount("Raj", 50), Account("Kim")]
accounts[0].deposit(250).withdraw(100)
accounts[1].withdraw(120).deposit(30)
for acct, amount in [(accounts[2], 10), (accounts[1], 500)]:
    try:
        acct.withdraw(amount)
    except InsufficientFundsError as e:
        print(f"{acct.owner}: {e} (short by {e.shortfall:.2f})")
try:
    accounts[2].balance = 1_000_000
except AttributeError as e:
    print("AttributeError:", e)
for acct in accounts:
    acct.add_interest()
    print(acct)
    for kind, amount in acct.history:
        print(f"    {kind:<9}{amount:>+10.2f}")
