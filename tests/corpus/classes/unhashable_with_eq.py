class Money:
    def __init__(self, amount):
        self.amount = amount

    def __eq__(self, other):
        return isinstance(other, Money) and self.amount == other.amount


print(Money(5) == Money(5))
print(Money.__hash__)
try:
    {Money(5)}
except TypeError as e:
    print("TypeError:", e)
