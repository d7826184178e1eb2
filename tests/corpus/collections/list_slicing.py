a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::3], a[::-1], a[-3:], a[8:2:-2])
b = a[:]
b[0] = 100
print(a[0], b[0])
a[2:5] = ["x", "y"]
print(a)
a[1:1] = [0.5, 0.75]
print(a)
del a[::2]
print(a)
a[:] = [1, 2, 3]
print(a, a[5:10], a[-10:])
try:
    a[::2] = [9]
except ValueError as e:
    print("ValueError:", e)
