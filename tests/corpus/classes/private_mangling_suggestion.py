# A misspelt private attribute: the error and its suggestion both name
# the mangled attributes.


class Wallet:
    def __init__(self):
        self.__coins = 3

    def count(self):
        return self.__coin


print(Wallet()._Wallet__coins)
print(Wallet().count())
