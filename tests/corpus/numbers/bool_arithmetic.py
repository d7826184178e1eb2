print(True + True, True * 10, False - 1, True / 2)
flags = [True, False, True, True]
print(sum(flags), flags.count(True), any(flags), all(flags))
print(int(True), float(False), str(True), repr(False))
print(True == 1, False == 0, isinstance(False, int))
print(max(True, 0.5), sorted([True, 0, 2, False, -1]))
print({1: "one", True: "true?"})
