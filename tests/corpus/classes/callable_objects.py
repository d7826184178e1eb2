class Multiplier:
    def __init__(self, factor):
        self.factor = factor

    def __call__(self, value):
        return value * self.factor


class CallCounter:
    def __init__(self, func):
        self.func = func
        self.count = 0

    def __call__(self, *args):
        self.count += 1
        return self.func(*args)


triple = Multiplier(3)
print(triple(5), callable(triple))
print(list(map(triple, [1, 2, 3])))


@CallCounter
def greet(name):
    return f"hi {name}"


print(greet("a"), greet("b"))
print("greet called", greet.count, "times")
