# Sets holding None, Ellipsis and NotImplemented iterate in the order
# CPython 3.11 gives them (their hashes come from their addresses, whose
# low bits are the same on every run).
print(hash(None) % 256, hash(...) % 256, hash(NotImplemented) % 256)
print({None, 1, 2, 3, "a"} == {1, 2, 3, "a", None}, {None, 0, 1, 2.5, 3, 4, 5, 6, 7, 8})
print({..., None, NotImplemented, 1, 2, 3})
