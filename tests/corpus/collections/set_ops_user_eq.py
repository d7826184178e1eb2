# Set difference, intersection, union and symmetric difference run the
# elements' own __eq__ (dataclasses, tuples holding objects), and
# hash(obj) is what __hash__ returned when it fits.
class P:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o): return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __repr__(self): return f"P({self.x}, {self.y})"
s = {P(1, 2), P(3, 4)}
print(P(1, 2) in s, len({P(1, 2), P(1, 2)}), {P(1, 2)} == {P(1, 2)}, s - {P(1, 2)}, {P(1, 2)} & {P(1, 2), P(5, 5)})
d = {P(1, 2): "a"}
print(d[P(1, 2)], P(1, 2) in d, d.get(P(9, 9)))
s.discard(P(3, 4)); print(s)
print(frozenset([P(0, 0)]) == frozenset([P(0, 0)]), {(P(1, 1), 2)} == {(P(1, 1), 2)}, (P(1, 1), 2) in {(P(1, 1), 2)})
from dataclasses import dataclass
@dataclass(frozen=True)
class Q:
    a: int
print(Q(1) in {Q(1)}, len(set([Q(1), Q(1), Q(2)])))
print({P(1, 2), P(3, 4)} | {P(1, 2), P(7, 7)}, {P(1, 2), P(3, 4)} ^ {P(3, 4), P(8, 8)}, {P(1, 2)} <= {P(1, 2), P(0, 0)})
a = {P(i, i) for i in range(6)}
print(sorted(a - {P(2, 2), P(4, 4)}, key=lambda p: p.x), {(P(1, 1), 1)} & {(P(1, 1), 1), (P(2, 2), 2)})
class Noisy:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o):
        print("eq", self.v, o.v)
        return self.v == o.v
    def __repr__(self): return f"N{self.v}"
print({Noisy(1), Noisy(2)} & {Noisy(2)})
class A:
    def __hash__(self): return -1
class B:
    def __hash__(self): return 2**64 + 5
class C:
    def __hash__(self): return 2**61 - 1
class D:
    def __hash__(self): return True
print(hash(A()), hash(B()), hash(C()), hash(D()), hash(2**61 - 1))
print(a, b)
c = set(b); c.discard(P((3, 4))); c.add(P((1, 2))); print(c)
print(a ^ b, b ^ a)
