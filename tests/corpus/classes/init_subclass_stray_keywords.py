class Base:
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
try:
    class Bad(Base, nope=1): pass
except TypeError as e: print("TE", e)
try:
    class Bad2(nope=1): pass
except TypeError as e: print("TE", e)
try:
    object.__init_subclass__(x=1)
except TypeError as e: print("TE", e)
try:
    object.__init_subclass__(1)
except TypeError as e: print("TE", e)
class Quiet(Base, tag=2):
    pass
print(Quiet.__name__)
