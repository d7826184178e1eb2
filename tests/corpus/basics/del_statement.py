x = 10
print(x)
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)

nums = [0, 1, 2, 3, 4, 5]
del nums[0]
del nums[-1]
del nums[1:3]
print(nums)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)
