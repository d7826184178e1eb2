# int(x), str(s)... match by type and capture the subject itself.
def show(value):
    match value:
        case bool(flag):
            return f"bool {flag}"
        case int(n) | float(n) if n < 0:
            return f"negative {n}"
        case int(n):
            return f"int {n}"
        case float(x):
            return f"float {x:.2f}"
        case str(s) if s.isdigit():
            return f"digits {s}"
        case list([first, *_]) | tuple((first, *_)):
            return f"{type(value).__name__} starting {first}"
        case dict(d) if "id" in d:
            return f"record {d['id']}"
        case set() | frozenset() as items:
            return f"set of {len(items)}"
        case _:
            return f"other {value!r}"


for v in [True, -3, 7, -0.5, 3.14159, "123", "abc", [9, 8], (1,), {"id": 4},
          frozenset({1, 2}), None]:
    print(show(v))
