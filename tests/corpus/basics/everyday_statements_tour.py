import sys
print("a", "b", sep="-", end="!\n")
print(*[1, 2, 3], sep=", ")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
sys.stdout.write("written\n")
print(file=sys.stdout)
data = [3, 1, 4, 1, 5, 9, 2, 6]
if (n := len(data)) > 5:
    print(f"long list ({n})")
first, *middle, last = data
print(first, middle, last)
(a, b), c = (1, 2), 3
print(a, b, c, 1 < 2 < 3, 1 < 3 < 2, "yes" if a else "no")


def f():
    try:
        return "try"
    finally:
        print("finally runs")


print(f())


def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("fin", i)
    else:
        print("loop else")


g()
for x in []:
    pass
else:
    print("empty else")
while False:
    pass
else:
    print("while else")
d = {"a": 1, "b": 2}
del d["a"]
lst = list(range(10))
del lst[::2]
print(d, lst, lst[::-1], lst[1:3], lst[-2:])
matrix = [[i * j for j in range(3)] for i in range(3)]
print(matrix, [x for row in matrix for x in row if x], {k: v for k, v in zip("abc", range(3))}, {x % 3 for x in range(10)})
print(any(x > 8 for x in data), all(x > 0 for x in data), sorted(data, reverse=True)[:3], sum(data) / len(data))
print(list(enumerate("ab")), dict(zip(["x", "y"], [1, 2])), list(map(lambda x: x ** 2, range(4))))
nums = [1, 2, 3]
nums.extend([4, 5]); nums.insert(0, 0); nums.remove(3); print(nums.pop(), nums.pop(0), nums, nums.index(4), nums.count(2))
nums.sort(key=lambda v: -v); print(nums, nums.copy() is nums, nums * 2, [0] * 3)
t = (1,)
print(t, type(t).__name__, (1, 2) + (3,), tuple("ab"), len(()), (1, 2) < (1, 3))
s = {1, 2, 3}
s.add(4); s.discard(10); s |= {5}
print(s, s & {1, 2}, s - {1}, s ^ {1, 9}, {1, 2} <= s, frozenset([1, 2]))
x = 5
print(f"{x:>4}|{x:<4}|{x:^5}|", f"{x!s}", f"{'nested {x}'}", f"{{x}}", f"{x * 2 = }")
print(isinstance(3, (int, float)), type(3) is int, id(x) == id(x), None is None, [] == [], [] is [])
print(max([1, 5, 3], key=lambda v: -v), min("hello"), abs(-3.5), round(7 / 3, 3), chr(97), ord("a"), bool([]), bool("0"))
print("%d items" % 3, "{} {}".format(1, 2), str(3.0), int("42") + 1, float("3.5") * 2, 7 // 2, 7 % 2, 2 ** 10, -7 // 2)
