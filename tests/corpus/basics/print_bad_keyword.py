# print() takes only sep, end, file and flush as keywords.
print("a", "b", sep="-", end="!\n", flush=True)
print("x", fil=None)
