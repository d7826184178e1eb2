from collections import deque, namedtuple

Pair = namedtuple("Pair", "left right")


def kind(value):
    match value:
        case str() | bytes():
            return "text (never a sequence pattern)"
        case []:
            return "empty sequence"
        case [only]:
            return f"one item: {only!r}"
        case [first, *_, last]:
            return f"{type(value).__name__} from {first!r} to {last!r}"
        case {}:
            return "a mapping"
        case _:
            return "not a sequence"


for v in ["abc", b"xy", [], (7,), [1, 2, 3], range(2, 9), deque("xyz"),
          Pair(1, 2), {1: 2}, {1, 2}, iter([1, 2]), 5]:
    print(f"{type(v).__name__:>14}: {kind(v)}")
