from dataclasses import dataclass, field, asdict, astuple, replace
from typing import Optional
import math

@dataclass(order=True)
class Item:
    sort_index: float = field(init=False, repr=False)
    name: str
    price: float
    tags: list = field(default_factory=list)
    note: Optional[str] = None

    def __post_init__(self):
        self.sort_index = self.price


items = [Item("pen", 1.5), Item("book", 12.0, ["paper"]), Item("cup", 4.25)]
for it in sorted(items):
    print(f"{it.name:<10}|{it.price:>8.2f}|{it.price:^9.1e}|{len(it.tags):03d}")
print(asdict(items[1]), astuple(items[0]))
print(replace(items[0], name="pencil"))
print(f"{1234567.891:,.2f} {0.000123:.2%} {255:#x} {255:08b} {-3.14159:+.3f} {42:_}")
print(f"{'left':*<8}{'mid':^7}{'right':>8}|")
print("{0!r:>10} {1!s} {2:%Y}".format("a", 3, __import__("datetime").date(2024, 5, 1)))
print("%-6s|%5.1f|%03d|%x|%r|%%" % ("ab", 3.14159, 7, 255, "q"))
print(f"{math.pi=:.3f} {math.inf} {-math.inf} {math.nan}")
print(format(1e21), format(1.5e-7), 1e16, 123456789012345678.0, 0.1 + 0.2, round(2.675, 2), round(0.5), round(1.5))
print(str(1/3), repr(2/3), 10/4, 7//2, -7//2, -7 % 3, 2**-1, divmod(-7, 2), pow(3, 4, 5))
x = 10
print(f"{x!r:>5}", f"{x:{'>'}{6}}", f"{'nested'!r}", f"{{literal}}", f"{x=}")
print(f"{3.0:g} {1e-5:g} {123456789.0:g} {0.0001234:.2g} {12:n}")
print(int("0x1f", 16), int("1_000"), float("  2.5 "), int(" -7 "), float("1e3"), complex(1, 2) if False else "")
