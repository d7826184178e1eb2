people = [
    {"name": "Ann", "age": 31, "city": "Oslo"},
    {"name": "bob", "age": 25, "city": "Rome"},
    {"name": "Cid", "age": 31, "city": "Lima"},
    {"name": "dee", "age": 25, "city": "Oslo"},
]
print([p["name"] for p in sorted(people, key=lambda p: p["age"])])
print([p["name"] for p in sorted(people, key=lambda p: (-p["age"], p["name"].lower()))])
print([p["name"] for p in sorted(people, key=lambda p: p["city"], reverse=True)])
print(sorted(["b", "A", "c", "B"]), sorted(["b", "A", "c", "B"], key=str.lower))
print(sorted([3, -1, -4, 2], key=abs), sorted("hello"), sorted({3: "x", 1: "y"}))
records = [("x", 2), ("y", 1), ("z", 2), ("w", 1)]
print(sorted(records, key=lambda r: r[1]))
