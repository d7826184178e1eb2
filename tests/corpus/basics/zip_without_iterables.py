# zip() of no iterables is empty; a misspelt keyword is a TypeError.
print(list(zip()))
print(dict(zip()))
for pair in zip():
    print("never", pair)
try:
    zip([1], trict=True)
except TypeError as e:
    print(e)
print(list(zip("ab", [1, 2], strict=True)))
