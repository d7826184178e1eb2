d = {}
for key in ["zebra", "apple", "mango", "banana"]:
    d[key] = len(key)
print(d)
del d["apple"]
d["apple"] = 0
print(list(d))
d["zebra"] = 99
print(d)
numbers = {10: "ten", 1: "one", 5: "five"}
print(numbers, sorted(numbers))
print({**numbers, 1: "uno", 2: "dos"})
try:
    for k in d:
        d["new"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
