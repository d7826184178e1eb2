# A metaclass's __prepare__ gets the class keywords and gives the body
# its starting namespace; the metaclass receives that same mapping.
from collections import OrderedDict


class Typed:
    def __init__(self, kind):
        self.kind = kind


class OrderedMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **options):
        print(f"__prepare__({name!r}, {options})")
        ns = OrderedDict()
        ns["field"] = Typed
        return ns

    def __new__(mcs, name, bases, ns, **options):
        print(type(ns).__name__, [k for k in ns if not k.startswith("__")])
        cls = super().__new__(mcs, name, bases, dict(ns))
        cls._order = [k for k, v in ns.items() if isinstance(v, Typed)]
        return cls

    def __init__(cls, name, bases, ns, **options):
        super().__init__(name, bases, ns)


class Record(metaclass=OrderedMeta, strict=True):
    name = field(str)
    shares = field(int)
    price = field(float)
    del field


print(Record._order, hasattr(Record, "field"))
print(type.__prepare__("X", ()), OrderedMeta.__prepare__("Y", (), debug=1))
