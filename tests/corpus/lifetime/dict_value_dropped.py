def conn(name):
    try:
        yield name
    finally:
        print(f"{name} closed")


pool = {"a": conn("a"), "b": conn("b")}
for c in pool.values():
    next(c)
del pool["a"]
print("removed a")
pool["b"] = None
print("replaced b")
