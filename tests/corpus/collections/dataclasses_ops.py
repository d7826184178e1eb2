from dataclasses import dataclass, field


@dataclass
class Item:
    name: str
    price: float
    quantity: int = 1
    tags: list = field(default_factory=list)

    def total(self):
        return self.price * self.quantity


a = Item("pen", 1.5)
b = Item("book", 12.0, 2, ["paper"])
print(a)
print(b, b.total())
print(a == Item("pen", 1.5), a == b)
a.tags.append("office")
print(a.tags, Item("x", 0).tags)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0


print(sorted([Version(2), Version(1, 5), Version(1)]))
try:
    Version(1).major = 3
except Exception as e:
    print(type(e).__name__, e)
