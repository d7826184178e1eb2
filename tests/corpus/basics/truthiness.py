values = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], {}, {"k": 1}, (), (None,), None, set(), range(0), range(3)]
for v in values:
    print(f"{v!r:>12} -> {bool(v)}")

print(0 or "default")
print("first" or "second")
print(None and "never")
print(3 and 4)
print(not [], not [1])
