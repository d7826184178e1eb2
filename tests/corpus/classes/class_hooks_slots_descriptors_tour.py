class Registry:
    plugins = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Registry.plugins[name or cls.__name__.lower()] = cls
class CSV(Registry, name="csv"): pass
class JSONP(Registry): pass
print(Registry.plugins)
class Box:
    def __class_getitem__(cls, item):
        return f"Box of {item.__name__}"
print(Box[int], Box[str])
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
@add_repr
class P:
    def __init__(self, x, y): self.x, self.y = x, y
print(P(1, "a"))
class Base:
    @classmethod
    def create(cls): return cls()
    def __repr__(self): return f"<{type(self).__name__}>"
class Child(Base):
    @classmethod
    def create(cls):
        obj = super().create()
        obj.extra = True
        return obj
print(Child.create(), Child.create().extra)
class A:
    __slots__ = ("a",)
class B(A):
    __slots__ = ("b",)
b = B(); b.a = 1; b.b = 2
print(b.a, b.b, B.__slots__, hasattr(b, "__dict__"))
try:
    b.c = 3
except AttributeError as e:
    print(e)
class Lazy:
    def __init__(self, fn): self.fn = fn
    def __get__(self, obj, cls):
        if obj is None: return self
        v = self.fn(obj); setattr(obj, self.fn.__name__, v); return v
class C:
    @Lazy
    def heavy(self):
        print("computing"); return 42
c = C(); print(c.heavy, c.heavy, type(C.__dict__["heavy"]).__name__)
class Meta(type):
    def __call__(cls, *a, **k):
        print("creating", cls.__name__)
        return super().__call__(*a, **k)
    def __repr__(cls): return f"<Class {cls.__name__}>"
class M(metaclass=Meta):
    def __init__(self, v): self.v = v
m = M(3); print(m.v, M, type(M))
print(type("Dyn", (object,), {"x": 1, "f": lambda self: self.x * 2})().f())
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(e)
class Frozen:
    def __setattr__(self, k, v): raise AttributeError(f"cannot set {k}")
try:
    Frozen().q = 1
except AttributeError as e:
    print(e)
print(isinstance(3, (str, (int, float))), issubclass(bool, (int,)), callable(Frozen), Frozen.__qualname__)
class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__)
