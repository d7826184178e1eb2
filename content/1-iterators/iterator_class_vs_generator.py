class Squares:
    """An iterator written by hand: it must keep its own position."""

    def __init__(self, limit):
        self.i = 0
        self.limit = limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.limit:
            raise StopIteration
        self.i += 1
        return self.i * self.i


def squares(limit):
    # The paused frame remembers i: no class, no state to save by hand.
    for i in range(1, limit + 1):
        yield i * i


print("class:    ", list(Squares(5)))
print("generator:", list(squares(5)))

gen = squares(5)
next(gen)
next(gen)
print("the generator's frame is paused with i =", gen.gi_frame.f_locals["i"])
