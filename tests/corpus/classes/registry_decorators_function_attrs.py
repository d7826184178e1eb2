class Registry:
    handlers = {}

    @classmethod
    def register(cls, name):
        def deco(fn):
            cls.handlers[name] = fn
            return fn
        return deco


@Registry.register("greet")
def greet(who):
    return f"hello {who}"


@Registry.register("shout")
def shout(who):
    return f"HEY {who.upper()}!"


for name, fn in sorted(Registry.handlers.items()):
    print(name, fn("ann"), fn.__name__)


def counter():
    counter.calls = getattr(counter, "calls", 0) + 1
    return counter.calls


counter(); counter()
print(counter.calls, counter.__dict__)


class Meta(type):
    def __iter__(cls):
        return iter(cls.items)


class Inventory(metaclass=Meta):
    items = ["apple", "pear"]


print(list(Inventory), [x.upper() for x in Inventory], "apple" in list(Inventory))
import functools


@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, o):
        return self.parts == o.parts

    def __lt__(self, o):
        return self.parts < o.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version("1.10.0"), Version("1.2.3"), Version("1.2.10")]
print(sorted(vs), max(vs), Version("1.0") >= Version("0.9"))
print(vars(Version("1.0")), Version.__dict__["__lt__"].__name__)
