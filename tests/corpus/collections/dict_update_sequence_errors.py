try:
    dict([(1,2,3)])
except ValueError as e: print(e)
try:
    dict(["ab", "c"])
except ValueError as e: print(e)
d={}
try:
    d.update([1])
except TypeError as e: print(e)
print(dict(["ab"]))
