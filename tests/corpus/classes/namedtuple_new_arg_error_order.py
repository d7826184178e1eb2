from typing import NamedTuple
from collections import namedtuple
class P(NamedTuple):
    x: int
    y: int
    z: int = 0
Q = namedtuple("Q", "a b c d")
for t in [lambda: P(), lambda: P(1), lambda: P(1, 2, 3, 4), lambda: P(1, q=2), lambda: P(1, x=2), lambda: P(y=1, x=2),
          lambda: Q(), lambda: Q(1, 2, 3, 4, 5), lambda: Q(1, d=3), lambda: Q(1, 2, 3, 4, a=1, e=3)]:
    try:
        print(t())
    except TypeError as e:
        print(e)
