from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Optional


@dataclass
class Node:
    key: int
    left: Optional[Node] = None
    right: Optional[Node] = None

    def insert(self, key: int) -> None:
        if key < self.key:
            if self.left is None:
                self.left = Node(key)
            else:
                self.left.insert(key)
        else:
            if self.right is None:
                self.right = Node(key)
            else:
                self.right.insert(key)

    def inorder(self) -> Iterator[int]:
        if self.left:
            yield from self.left.inorder()
        yield self.key
        if self.right:
            yield from self.right.inorder()

    def preorder(self) -> Iterator[int]:
        yield self.key
        for child in (self.left, self.right):
            if child:
                yield from child.preorder()

    def paths(self, prefix: tuple[int, ...] = ()) -> Iterator[tuple[int, ...]]:
        here = prefix + (self.key,)
        if not self.left and not self.right:
            yield here
        for child in (self.left, self.right):
            if child:
                yield from child.paths(here)

    def depth(self) -> int:
        return 1 + max((c.depth() for c in (self.left, self.right) if c), default=0)


root = Node(50)
for k in [30, 70, 20, 40, 60, 80, 35, 45, 65]:
    root.insert(k)

print("inorder: ", list(root.inorder()))
print("preorder:", list(root.preorder()))
print("depth:", root.depth())
for path in root.paths():
    print(" -> ".join(map(str, path)))
gen = root.inorder()
print("first three:", next(gen), next(gen), next(gen))
print("sum of rest:", sum(gen))
