data = {
    "name": "coroscope",
    "version": (0, 1),
    "tags": ["async", "python"],
    "ratio": 0.5,
    "enabled": True,
    "parent": None,
    "nested": {"a": [1, {"b": (2,)}], "empty": {}},
    "set": {3, 1, 2},
    "chars": "it's",
}
print(data)
print(list(data.items())[:2])
print([[]], [()], [{}], (set(),), [[1, [2, [3]]]])
print(str(data["tags"]), repr(data["chars"]))
lst = [1, 2]
lst.append(lst)
print(lst)
