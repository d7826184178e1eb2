import json
from collections import OrderedDict

def as_point(d):
    if set(d) == {"x", "y"}:
        return ("point", d["x"], d["y"])
    return d

print(json.loads('{"a": {"x": 1, "y": 2}, "b": [1.5, 2]}', object_hook=as_point))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads('[1.25, 3]', parse_float=lambda s: "F" + s, parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN, Infinity, -Infinity]'))
print(json.dumps({"a": 1, (1, 2): 3}, skipkeys=True))
print(json.dumps({1: "one", 2.5: "x", True: "t", None: "n"}))
print(json.dumps([1, [2, [3, {}]], []], indent=0))
print(json.dumps({"k": [1, 2]}, indent="\t"))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps({"when": 5}, default=str), json.dumps(object, default=lambda o: o.__name__))
for bad in ['', '[1,]', '{"a" 1}', '"abc', '[1] x', '{"a":1,}', '"\\q"', 'tru']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e.msg, e.pos, e.lineno, e.colno)
print(json.loads(b'{"bytes": true}'))
print(json.JSONDecoder().raw_decode('[1, 2] tail'))
print(list(json.JSONEncoder(indent=1).iterencode({"a": [1]})))
