import inspect, asyncio, types
async def co(): pass
def gen(): yield
def plain(a, b=1):
    """Do a thing.

        Indented detail.
    Last line.
    """
    return 1
class K:
    """A class."""
    def m(self): pass
    @property
    def p(self): return 1
print(inspect.isfunction(plain), inspect.ismethod(plain), inspect.ismethod(K().m), inspect.isclass(K), inspect.isclass(K()))
print(inspect.ismodule(asyncio), inspect.isbuiltin(len), inspect.isbuiltin(plain), inspect.isroutine(K().m))
print(inspect.getdoc(plain))
print(repr(inspect.cleandoc("  a\n    b\n  c  ")), inspect.getdoc(K), inspect.getmro(bool))
print([n for n, _ in inspect.getmembers(K) if not n.startswith("_")], [n for n, v in inspect.getmembers(K, inspect.isfunction)])
import abc
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
print(inspect.isabstract(A), inspect.isabstract(K))
