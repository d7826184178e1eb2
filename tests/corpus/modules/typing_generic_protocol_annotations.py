from typing import TypeVar, Generic, Protocol, Callable, Iterator, Any, Union, Optional, List, Dict
import typing
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []
    def push(self, item: T) -> None:
        self._items.append(item)
    def pop(self) -> T:
        return self._items.pop()
    def __len__(self) -> int:
        return len(self._items)
s: Stack[int] = Stack()
s.push(1); s.push(2)
print(s.pop(), len(s), Stack[int], T, typing.get_type_hints(Stack.push) if hasattr(typing, "get_type_hints") else None)
class Greeter(Protocol):
    def greet(self) -> str: ...
class En:
    def greet(self) -> str: return "hello"
def welcome(g: Greeter) -> None:
    print(g.greet())
welcome(En())
Handler = Callable[[int], str]
print(Handler, Optional[int], Union[int, str], List[int], Dict[str, Any])
def apply(f: Callable[[int], int], x: int) -> int: return f(x)
print(apply(lambda v: v + 1, 1), apply.__annotations__)
from typing import TypedDict, Literal, Final, cast, overload, NamedTuple
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "X", "year": 1999}
print(m, Movie.__annotations__ if False else "td", cast(int, "3"), Literal["a", "b"])
MAX: Final = 10
print(MAX, typing.TYPE_CHECKING)
