import json
data = {"name": "Ann", "age": 30, "tags": ["a", "b"], "nested": {"x": 1.5, "y": None, "z": True}}
s = json.dumps(data, indent=2, sort_keys=True)
print(s)
print(json.loads(s) == data)
print(json.dumps([1, "é", float("inf")]))
print(json.dumps("é", ensure_ascii=False))
print(json.dumps(data, separators=(",", ":")))
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("error:", e)
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=E))
try:
    json.dumps({"s": {1}})
except TypeError as e:
    print(e)
print(json.loads('[1, 2.5, "x", null, true, {"a": [ ]}]'))
