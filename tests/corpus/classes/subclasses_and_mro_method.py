# cls.__subclasses__() lists the direct subclasses in creation order;
# cls.mro() is the MRO as a list. Fluent Python's class tree walks them.


def tree(cls, level=0):
    yield cls.__name__, level
    for sub_cls in cls.__subclasses__():
        yield from tree(sub_cls, level + 1)


class Root: pass
class A(Root): pass
class B(Root): pass
class C(A, B): pass
class D(C): pass
class E(B): pass


for name, level in tree(Root):
    print('    ' * level + name)

print(D.mro())
print(type.mro(C) == list(C.__mro__), Root.__subclasses__())
print(B.__subclasses__(), D.__subclasses__())
try:
    class Bad(A, Root, B): pass
except TypeError as e:
    print(e)
try:
    class Bad2(Root, A): pass
except TypeError as e:
    print(e)
