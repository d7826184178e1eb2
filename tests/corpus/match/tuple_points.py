def where(point):
    match point:
        case (0, 0):
            return "origin"
        case (0, y):
            return f"on the y axis at {y}"
        case (x, 0):
            return f"on the x axis at {x}"
        case (x, y) if x == y:
            return f"on the diagonal at {x}"
        case (x, y):
            return f"at ({x}, {y})"
        case (x, y, z):
            return f"3-D point ({x}, {y}, {z})"
        case _:
            return "not a point"


for p in [(0, 0), (0, 5), (-2, 0), (3, 3), (1, 2), [4, 5], (1, 2, 3), (1,), "xy"]:
    print(f"{p!r:>10} -> {where(p)}")
