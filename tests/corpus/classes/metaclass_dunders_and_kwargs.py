class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print(f"Meta.__new__ {name} {sorted(k for k in ns if not k.startswith('__'))} {kwargs}")
        ns["created_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kwargs):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)

    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"

    def __len__(cls):
        return 42

    def __iter__(cls):
        return iter(["a", "b"])

    def __getitem__(cls, k):
        return k * 2

    @property
    def tag(cls):
        return "tag:" + cls.__name__

    def describe(cls):
        return f"{cls.__name__} by {cls.created_by}"


class Base(metaclass=Meta):
    x = 1

    def method(self):
        return "m"


class Child(Base, flag=True):
    y = 2

    def __init_subclass__(cls, **kw):
        super().__init_subclass__()


print(Base, Child, repr(Child))
print(len(Child), list(Child), Child[21], Child.tag, Child.describe())
print(type(Child), type(Child).__name__, isinstance(Child, Meta), issubclass(Meta, type))
print(Child().method(), Child.x, Child.created_by)
print(Child.__class__ is Meta, type(Base()).__name__)
print(Meta.__mro__)
try:
    Child.nope
except AttributeError as e:
    print(e)

Dyn = Meta("Dyn", (), {"z": 3})
print(Dyn.z, Dyn)
T = type("T", (Base,), {})
print(type(T).__name__)


class M2(type):
    pass


try:
    class Bad(Base, metaclass=M2):
        pass
except TypeError as e:
    print(e)
