x = 5
print(1 < x < 10)
print(1 < x > 10)
print(0 <= x <= 4)
print(1 == 1.0 == True)
print("a" < "b" < "c")


def noisy(v):
    print(f"evaluating {v}")
    return v


print(noisy(1) < noisy(2) < noisy(0) < noisy(3))
print(noisy(3) > noisy(2) > noisy(1))
