# A property's __doc__ can be assigned, as CPython's library does for
# namedtuple fields (urllib.parse documents its result fields this way).
from collections import namedtuple
from urllib.parse import urlsplit

Point = namedtuple("Point", "x y")
Point.x.__doc__ = "The horizontal coordinate."
print(Point.x.__doc__)


class Temp:
    @property
    def celsius(self):
        "Degrees Celsius."
        return 21.5


print(Temp.celsius.__doc__)
Temp.celsius.__doc__ = "Measured indoors."
print(Temp.celsius.__doc__, Temp().celsius)
print(type(urlsplit("http://h/p")).netloc.__doc__)
try:
    Temp.celsius.fget = None
except AttributeError as e:
    print("AttributeError:", e)
