# typing objects print as CPython's: Optional/Union folding, generic aliases
# of typing names and of a Generic subclass, Callable and Tuple forms.
import typing
from typing import *
T=TypeVar('T')
class S(Generic[T]): pass
print(repr(Optional[int]), repr(Union[int,str]), repr(Union[int,None]), repr(List[int]), repr(Dict[str, List[int]]), repr(Callable[[int,str],int]), repr(Callable[...,int]), repr(Tuple[int,...]), repr(S[int]), repr(Optional[S[int]]), repr(Literal['a',1]), repr(Any), repr(Type[int]), repr(Union[int]), repr(Iterator[int]), repr(Awaitable[None]))
print(S[int]().__class__, List[int] == List[int], Optional[int] == Union[int, None])
class P(Protocol):
    def meth(self) -> int: ...
class Impl:
    def meth(self): return 1
try:
    List[int]()
except TypeError as e:
    print(e)
