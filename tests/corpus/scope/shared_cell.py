def make_account(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError(f"insufficient funds: {balance} < {amount}")
        balance -= amount
        return balance

    def get():
        return balance

    return deposit, withdraw, get


deposit, withdraw, get = make_account(100)
deposit(50)
withdraw(30)
print(get())
try:
    withdraw(1000)
except ValueError as e:
    print(e)
print(get())
