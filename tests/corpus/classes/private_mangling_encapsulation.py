# The textbook encapsulation demo: a double-underscore attribute is
# stored under the class's name, so outside code cannot reach it by the
# name written inside the class.


class BankAccount:
    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.__balance += amount

    def balance(self):
        return self.__balance


acct = BankAccount("ada", 100)
acct.deposit(50)
print(f"{acct.owner}: {acct.balance()}")

try:
    print(acct.__balance)
except AttributeError as e:
    print(f"AttributeError: {e}")

print("mangled name:", acct._BankAccount__balance)
print("instance dict:", vars(acct))
print("hasattr __balance:", hasattr(acct, "__balance"))
print("getattr mangled:", getattr(acct, "_BankAccount__balance"))

# Assigning `__balance` from outside makes a new, unrelated attribute.
acct.__balance = 0
print("after outside assignment:", acct.balance(), acct.__balance)
print(sorted(acct.__dict__))
