# enum.Flag and IntFlag: auto() powers of two, combined members and their
# names, in/len/iter/~, pseudo-members kept, IntFlag mixing with ints.
from enum import Flag, IntFlag, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


rw = Perm.R | Perm.W
print(rw, repr(rw), rw.value, Perm.R in rw, Perm.X in rw, bool(Perm(0)), repr(Perm(0)), str(Perm(0)))
print(rw & Perm.R, rw ^ Perm.R, ~Perm.R, repr(~Perm.R), list(rw), len(rw), Perm(6) is rw, Perm(6) == rw)
print(Color.WHITE, repr(Color.BLUE | Color.RED), [c.name for c in Color], Color.RED.value, Color.BLUE.value, list(Color.WHITE))
print(rw.name, Perm.R.name, Color.WHITE.name, (Color.RED | Color.GREEN).name)


class Mode(IntFlag):
    READ = 1
    WRITE = 2


m = Mode.READ | Mode.WRITE
print(m, repr(m), m == 3, m | 4, repr(m | 4), int(m), Mode.READ + 1, f"{m}", isinstance(m, int), Mode(1))
print(list(Mode), Mode.WRITE & 2, repr(Mode(0)))
