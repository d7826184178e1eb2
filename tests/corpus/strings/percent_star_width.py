# A `*` width or precision in % formatting comes from the arguments.
rows = [("apple", 1.5), ("kiwi", 12.25), ("fig", 100.0)]
w = max(len(name) for name, _ in rows)
for name, price in rows:
    print("%-*s|%*.*f|" % (w, name, 8, 2, price))
print("%*d|%-*d|%.*s|%*s" % (5, 42, 4, 7, 2, "abcdef", -6, "x"))
print("%*d" % (3,))
