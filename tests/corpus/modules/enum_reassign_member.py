# Enum members cannot be reassigned or deleted on their class; other class
# attributes can.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


try:
    Color.RED = 5
except AttributeError as e:
    print(e)
try:
    del Color.GREEN
except AttributeError as e:
    print(e)
Color.extra = 'fine'
print(Color.extra, Color.RED, type(Color.RED).__name__, list(Color))
