data = [4, 8, 15, 16, 23, 42]

if (n := len(data)) > 5:
    print(f"list is long ({n} elements)")

chunks = iter(["alpha", "beta", "", "gamma"])
while (chunk := next(chunks)) != "":
    print("chunk:", chunk)

values = [y for x in data if (y := x * 2) > 30]
print(values)
print(y)
