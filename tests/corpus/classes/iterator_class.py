class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


c = Countdown(3)
print(list(c))
print(list(c))


class Repeatable:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return Countdown(self.n)


r = Repeatable(2)
print(list(r), list(r))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
