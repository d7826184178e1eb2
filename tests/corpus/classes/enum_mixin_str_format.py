import enum
class A(enum.IntEnum):
    X = 1
class B(str, enum.Enum):
    Y = "y"
class C(enum.StrEnum):
    Z = "z"
class Mix:
    def __str__(self): return "mix!"
class D(Mix, enum.Enum):
    W = 1
class E(int, enum.Enum):
    V = 5
class F(enum.IntFlag):
    R = 1
    W = 2
for m in [A.X, B.Y, C.Z, D.W, E.V, F.R | F.W, F.R]:
    print(str(m), repr(m), f"{m}", f"{m:>6}", "%s" % m, format(m))
