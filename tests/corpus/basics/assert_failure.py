def average(values):
    assert len(values) > 0, "values must not be empty"
    return sum(values) / len(values)


print(average([1, 2, 3, 4]))
try:
    average([])
except AssertionError as e:
    print("caught:", e)

assert 1 + 1 == 2
print("about to fail")
assert average([2]) == 3, f"expected 3, got {average([2])}"
print("not reached")
