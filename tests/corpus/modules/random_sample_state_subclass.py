# random: sample() reads big ranges by index and takes counts, refuses
# sets; getstate()/setstate() replay a sequence; a Random subclass takes a
# seed; randint/randrange refuse non-integral floats.
import random

random.seed(2024)
print(random.sample(range(10**12), 3))
print(random.sample(["red", "blue"], counts=[3, 2], k=5))
print(random.sample("abcdefgh", 4), random.sample((1, 2, 3), k=3))
for bad in ({1, 2, 3}, {"a": 1}, frozenset("xy"), {"k": 1}.keys()):
    try:
        random.sample(bad, 1)
    except TypeError as e:
        print(type(bad).__name__, e)
for counts in ([1], [0, 0], [1.5, 2]):
    try:
        random.sample("ab", 1, counts=counts)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

state = random.getstate()
first = [random.randint(1, 6) for _ in range(5)] + [random.gauss(0, 1)]
random.setstate(state)
again = [random.randint(1, 6) for _ in range(5)] + [random.gauss(0, 1)]
print(first == again, len(state), state[0], len(state[1]))


class Dice(random.Random):
    def roll(self, sides=6):
        return self.randint(1, sides)


d1, d2 = Dice(7), Dice(7)
print([d1.roll() for _ in range(6)] == [d2.roll() for _ in range(6)], d1.roll(20))
print(random.randint(1.0, 3.0) in (1, 2, 3))
for call in (lambda: random.randint(1.5, 3), lambda: random.randint(1, 3.5)):
    try:
        call()
    except ValueError as e:
        print(e)
