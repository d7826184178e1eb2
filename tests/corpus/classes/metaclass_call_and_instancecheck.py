# A metaclass whose __call__ is a class, and its __instancecheck__, as
# isinstance() consults it (after the exact-type check).
class M(type):
    __call__ = dict
    def __instancecheck__(cls, other):
        print("check"); return True
class A(metaclass=M): pass
print(type(A), A(x=1), isinstance(3, A))
B = type.__new__(M, 'B', (dict,), {})
print(type(B), B(y=2), isinstance(3, B))
class M2(type):
    def __call__(cls, *a):
        return ("called", a)
class C(metaclass=M2): pass
print(C(1))
class Even(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub):
        return sub is bool
class EvenNumber(metaclass=Even): pass
print(isinstance(4, EvenNumber), isinstance(3, EvenNumber), isinstance(EvenNumber(), EvenNumber))
print(isinstance(4, (str, EvenNumber)), issubclass(bool, EvenNumber), issubclass(int, EvenNumber))
