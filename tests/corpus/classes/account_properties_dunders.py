class Account:
    interest = 0.02
    _count = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        Account._count += 1

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative balance")
        self._balance = value

    @balance.deleter
    def balance(self):
        print("deleting")
        del self._balance

    @classmethod
    def count(cls):
        return cls._count

    @staticmethod
    def validate(amount):
        return amount > 0

    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance})"

    def __str__(self):
        return f"{self.owner}: ${self._balance:,.2f}"

    def __eq__(self, other):
        if not isinstance(other, Account):
            return NotImplemented
        return self.owner == other.owner

    def __hash__(self):
        return hash(self.owner)

    def __lt__(self, other):
        return self._balance < other._balance

    def __bool__(self):
        return self._balance > 0

    def __len__(self):
        return 1

    def __contains__(self, x):
        return x == self.owner

    def __getitem__(self, k):
        return getattr(self, k)


a = Account("ann", 100)
b = Account("bob")
print(a, repr(b), Account.count(), Account.validate(-1))
a.balance = 250.5
print(a.balance, bool(b), a == Account("ann"), a != b, "ann" in a, a["owner"])
print(sorted([a, b]), max(a, b), {a, Account("ann")})
try:
    b.balance = -5
except ValueError as e:
    print("error:", e)
del a.balance
print(hasattr(a, "_balance"), Account.__dict__["interest"], vars(b))
print(Account.balance.__doc__, type(Account.balance).__name__, Account.count.__self__ is Account)
print(a.__class__.__name__, Account.__name__, Account.__qualname__, Account.__module__)
print([m for m in dir(a) if not m.startswith("__")])
print(isinstance(a, object), issubclass(bool, int), callable(a), callable(Account))
