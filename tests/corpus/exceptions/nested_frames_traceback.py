class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"cannot withdraw {amount}, balance is {self.balance}")
        self.balance -= amount


def pay(account, bills):
    for bill in bills:
        account.withdraw(bill)
        print(f"paid {bill}, left {account.balance}")


def month_end(account):
    pay(account, [30, 50, 40])


month_end(Account(100))
