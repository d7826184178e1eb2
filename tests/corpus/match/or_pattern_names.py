# Every alternative of an | pattern binds the same names, in any order.
def area(shape):
    match shape:
        case ("square", side) | ("cube", side):
            return side * side
        case ("rect", w, h) | ("rect", [w, h]) | {"w": w, "h": h}:
            return w * h
        case ("box", {"h": h, "w": w}) | ("box", w, h):
            return w * h
        case ("line", _) | ("point",):
            return 0


for s in [("square", 3), ("cube", 2), ("rect", 2, 5), ("rect", [4, 5]),
          {"h": 2, "w": 7}, ("box", {"w": 3, "h": 4}), ("box", 6, 1),
          ("line", 9), ("point",), ("blob",)]:
    print(s, area(s))
