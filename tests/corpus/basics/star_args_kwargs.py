def report(*args, **kwargs):
    print("args:", args)
    print("kwargs:", kwargs)


report()
report(1, 2, 3)
report(1, name="x", size=3)

nums = [10, 20, 30]
opts = {"sep": " + ", "end": " = 60\n"}
print(*nums, **opts)


def total(first, *rest, scale=1):
    return (first + sum(rest)) * scale


print(total(1))
print(total(1, 2, 3))
print(total(1, 2, 3, scale=10))


def keyword_only(a, *, b, c=3):
    return a, b, c


print(keyword_only(1, b=2))
try:
    keyword_only(1, 2)
except TypeError as e:
    print("TypeError:", e)
