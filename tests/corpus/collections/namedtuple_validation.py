from collections import namedtuple, OrderedDict
# namedtuple checks its field names, and rename=True fixes bad ones.
print(namedtuple("R", "a def _x a class", rename=True)._fields)
for fields in ["a a", "a _b", "a def", "a 1b"]:
    try:
        namedtuple("R", fields)
    except ValueError as e:
        print("ValueError:", e)
try:
    namedtuple("R", "a", defaults=[1, 2])
except TypeError as e:
    print("TypeError:", e)
# OrderedDict.popitem takes from either end; dict views are reversible.
o = OrderedDict.fromkeys("abcd")
print(o.popitem(), o.popitem(last=False), o)
d = {"x": 1, "y": 2}
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
namedtuple("R", "x x")
