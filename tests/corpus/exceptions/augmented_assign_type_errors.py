x = 1.5
try:
    x **= "a"
except TypeError as e:
    print(e)
l = [1]
try:
    l -= [1]
except TypeError as e:
    print(e)
s = "a"
try:
    s += 1
except TypeError as e:
    print(e)
d = {}
d |= {"a": 1}
print(d)
n = None
n += 1
