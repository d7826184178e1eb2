square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2))

pairs = [(1, "one"), (3, "three"), (2, "two")]
pairs.sort(key=lambda p: p[1])
print(pairs)

ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for sym in ops:
    print(f"6 {sym} 3 = {ops[sym](6, 3)}")

print(list(map(lambda s: s.upper(), ["a", "b"])))
print(list(filter(lambda n: n % 3 == 0, range(10))))
print((lambda: "called immediately")())
