from __future__ import annotations

from typing import Any, Iterable, Iterator


class _Node:
    __slots__ = ("value", "next")

    def __init__(self, value: Any, next: _Node | None = None) -> None:
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, items: Iterable[Any] = ()) -> None:
        self.head: _Node | None = None
        self._size = 0
        for item in reversed(list(items)):
            self.push(item)

    def push(self, value: Any) -> None:
        self.head = _Node(value, self.head)
        self._size += 1

    def pop(self) -> Any:
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        node = self.head
        self.head = node.next
        self._size -= 1
        return node.value

    def reverse(self) -> None:
        prev = None
        node = self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev

    def __iter__(self) -> Iterator[Any]:
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self) -> int:
        return self._size

    def __getitem__(self, index: int) -> Any:
        if index < 0:
            index += len(self)
        for i, v in enumerate(self):
            if i == index:
                return v
        raise IndexError("LinkedList index out of range")

    def __contains__(self, value: Any) -> bool:
        return any(v == value for v in self)

    def __repr__(self) -> str:
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"

    def __str__(self) -> str:
        return " -> ".join(map(str, self)) + " -> None"


ll = LinkedList(["a", "b", "c"])
ll.push("start")
print(ll, len(ll))
print(repr(ll), ll[0], ll[-1], "b" in ll, "z" in ll)
ll.reverse()
print(ll)
print("popped:", ll.pop(), "->", list(ll))
print("sorted:", sorted(ll), "joined:", "".join(ll))
empty = LinkedList()
print(bool(empty), bool(ll))
for op in (empty.pop, lambda: ll[10]):
    try:
        op()
    except IndexError as e:
        print("IndexError:", e)
