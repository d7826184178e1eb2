class M(type): pass
class Base(metaclass=M):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, list(k for k in cls.__dict__ if not k.startswith('__')))
class A(Base):
    X = 1
class B(str, Base):
    Y = 2
class C(int, Base):
    Z = 3
