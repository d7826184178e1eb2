from typing import Protocol, runtime_checkable, TypeVar
T = TypeVar("T")
class Proto(Protocol):
    def run(self) -> None: ...
class Impl(Proto):
    def run(self): print("run")
class WithInit(Proto):
    def __init__(self, x): self.x = x
    def run(self): print("x =", self.x)
class GP(Protocol[T]):
    def get(self) -> T: ...
class Sub(Proto, Protocol):
    def other(self) -> int: ...
Impl().run(); Impl().run()
WithInit(3).run()
for t in [Proto, GP, Sub]:
    try:
        t()
    except TypeError as e:
        print(t.__name__, e)
try:
    Impl(1)
except TypeError as e:
    print(e)
class Both(Sub):
    def run(self): return 1
    def other(self): return 2
print(Both().other(), isinstance(Both(), Impl))
