def parse(items):
    for item in items:
        print(f"parsing {item!r}")
        yield int(item)


total = 0
try:
    for n in parse(["1", "2", "x", "4"]):
        total += n
except ValueError as e:
    print("ValueError:", e)
print("total so far:", total)
