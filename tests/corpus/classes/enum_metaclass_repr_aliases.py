import enum
from enum import Enum, Flag, auto, IntFlag
class Color(Enum):
    RED = 1
    CRIMSON = 1
class Perm(Flag):
    R = auto()
    W = auto()
print(Color, Perm, type(Color), type(Perm).__name__, Color.CRIMSON, Color["CRIMSON"], list(Color), Color.__members__.keys() if False else list(Color.__members__), isinstance(Color.RED, Color))
print(repr(Color), enum.EnumMeta is enum.EnumType, Perm.R | Perm.W, len(Color))
