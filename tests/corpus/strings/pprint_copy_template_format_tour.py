import pprint, copy, reprlib, string
data = {"users": [{"name": f"user{i}", "roles": ["admin", "dev"][: i % 3], "meta": {"age": 20 + i, "tags": list("abc")}} for i in range(3)], "count": 3}
pprint.pprint(data, width=60)
print(pprint.pformat({"a": list(range(30))}, compact=True, width=40))
c = copy.deepcopy(data); c["users"][0]["name"] = "changed"; print(data["users"][0]["name"], copy.copy(data) is not data)
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100))
t = string.Template("$who likes ${what}")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
print(string.capwords("hello   world"), string.ascii_uppercase[:5], string.hexdigits)
print(f"{'nested':{'>'}{10}}", "{:{fill}{align}{width}}".format("x", fill="*", align="^", width=7))
print(format(1234567.891, ",.1f"), format(0.000123, ".2e"), format(42, "#o"), format(-7, "08.2f"), format(3, "b"))
print("{!a}".format("é"), "{0[1]}".format([1, 2]), "{p.real}".format(p=3), "{:%}".format(0.5))
