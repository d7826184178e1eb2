from typing import Generic, TypeVar, Iterator, Optional, overload, Sequence

T = TypeVar("T")

class EmptyError(Exception):
    pass

class Stack(Generic[T]):
    def __init__(self, items: Optional[Sequence[T]] = None) -> None:
        self._items: list[T] = list(items or [])
    def push(self, item: T) -> None:
        self._items.append(item)
    def pop(self) -> T:
        if not self._items:
            raise EmptyError("pop from empty stack")
        return self._items.pop()
    def peek(self) -> Optional[T]:
        return self._items[-1] if self._items else None
    def __len__(self) -> int:
        return len(self._items)
    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)
    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._items!r})"
    def __bool__(self) -> bool:
        return bool(self._items)

s: Stack[int] = Stack([1, 2])
s.push(3)
print(s, len(s), list(s), s.peek(), s.pop(), s)
class IntStack(Stack[int]):
    def total(self) -> int:
        return sum(self._items)
i = IntStack([4, 5])
print(i, i.total(), bool(IntStack()), IntStack.__orig_bases__)
e = Stack[str]()
print(e.peek(), e.__orig_class__)
e.pop()
