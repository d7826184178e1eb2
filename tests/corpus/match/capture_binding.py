# Captures bind only when the whole pattern matches; a failed guard keeps them.
def first_case(value):
    match value:
        case (x, 0):
            return f"x={x}"
        case _:
            try:
                return f"x is {x}"
            except UnboundLocalError:
                return "x was never bound"


print(first_case((5, 0)))
print(first_case((5, 1)))

match 10:
    case n if n > 100:
        print("big")
    case _:
        print("guard failed, n is still", n)

total = 0
for item in [(1, 2), (3, 4)]:
    match item:
        case (a, b):
            total += a * b
print(total, a, b)
