# In str.format, "[...]" holds an int only when it is all digits.
data = {"-1": "minus one", "x": "ex", 1: "one"}
print("{0[-1]} {0[x]} {0[1]}".format(data))
print("{0[0]}{0[2]}".format("abc"), "{p[1]}".format(p=[10, 20]))
print("{0[-1]}".format([1, 2]))
