# Argument-count errors of builtin methods, in CPython's words (which
# differ with how each method takes its arguments in C).
calls = [
    ("list.append()", lambda: [].append()),
    ("list.append(1, 2)", lambda: [].append(1, 2)),
    ("list.insert(1)", lambda: [].insert(1)),
    ("list.count()", lambda: [1].count()),
    ("list.pop(1, 2)", lambda: [1].pop(1, 2)),
    ("list.sort(1)", lambda: [3, 1].sort(1)),
    ("list.append(x=1)", lambda: [].append(x=1)),
    ("list.copy(1)", lambda: [].copy(1)),
    ("tuple.count()", lambda: (1,).count()),
    ("tuple.index()", lambda: (1,).index()),
    ("dict.get()", lambda: {}.get()),
    ("dict.get(1, 2, 3)", lambda: {}.get(1, 2, 3)),
    ("dict.setdefault()", lambda: {}.setdefault()),
    ("dict.pop()", lambda: {}.pop()),
    ("dict.keys(1)", lambda: {}.keys(1)),
    ("dict.fromkeys()", lambda: dict.fromkeys()),
    ("dict.get(key=1)", lambda: {}.get(key=1)),
    ("set.add()", lambda: set().add()),
    ("set.remove(1, 2)", lambda: {1}.remove(1, 2)),
    ("set.discard()", lambda: set().discard()),
    ("str.upper(1)", lambda: "a".upper(1)),
    ("str.replace('a')", lambda: "a".replace("a")),
    ("str.center()", lambda: "a".center()),
    ("str.count()", lambda: "a".count()),
    ("str.join()", lambda: "a".join()),
    ("str.find()", lambda: "a".find()),
    ("str.split(1, 2, 3)", lambda: "a".split(",", 1, 2)),
    ("str.startswith()", lambda: "a".startswith()),
    ("str.isdigit(1)", lambda: "1".isdigit(1)),
    ("float.is_integer(1)", lambda: (1.5).is_integer(1)),
    ("float.as_integer_ratio(1)", lambda: (1.5).as_integer_ratio(1)),
    ("int.bit_length(1)", lambda: (5).bit_length(1)),
    ("bytes.decode(1, 2, 3)", lambda: b"a".decode("utf-8", "strict", 3)),
    ("bytes.upper(1)", lambda: b"a".upper(1)),
    ("list.remove unbound", lambda: list.remove()),
    ("int.bit_length unbound", lambda: int.bit_length()),
    ("str.upper(1) unbound", lambda: str.upper(1)),
    ("list.append on a tuple", lambda: list.append((1,), 2)),
]
for label, call in calls:
    try:
        r = call()
        print(label, "->", r)
    except TypeError as e:
        print(label, "->", type(e).__name__, e)

# The arguments still work when the count is right.
print([1, 2].index(2), (1, 2).count(2), {1: 2}.get(3, "d"), "abc".center(7, "*"))
print(str.upper("x"), list.count([1, 1], 1), dict.fromkeys("ab", 0))
