rows = [("name", "qty", "price"), ("apple", 3, 1.5), ("banana", 12, 0.25), ("cherry", 100, 10.0)]
for name, qty, price in rows:
    print(str(name).ljust(8) + str(qty).rjust(5) + str(price).rjust(8))
print("-" * 21)
print("title".center(21, "="))
print("42".zfill(5), "-42".zfill(5), "abc".zfill(2))
print("|" + "x".center(4) + "|" + "x".center(5, "*") + "|")
