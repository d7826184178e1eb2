# How many items a builtin iterator has left, as operator.length_hint asks.
import operator

lh = operator.length_hint
nums = [1, 2, 3, 4]
it = iter(nums)
next(it)
print(lh(it), it.__length_hint__())
nums.pop()
print(lh(it), list(it), lh(it))
print(lh(iter(range(0, 10, 3))), lh(iter(range(10, 0, -3))), lh(iter("héllo")))
d = {"a": 1, "b": 2, "c": 3}
keys = iter(d)
next(keys)
print(lh(keys), lh(iter(d.items())))
del d["c"]
print("after a resize:", lh(keys))
print(lh(reversed([1, 2, 3])), lh(x for x in "abc"), lh(map(str, [1]), 7))


class Hint:
    def __init__(self, n):
        self.n = n

    def __length_hint__(self):
        return self.n


print(lh(Hint(5)), lh(Hint(NotImplemented), 9))
for bad in (Hint(-1), Hint("x")):
    try:
        lh(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
