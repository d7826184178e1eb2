def find_first_multiple(numbers, k):
    i = 0
    while i < len(numbers):
        if numbers[i] % k == 0:
            print(f"found {numbers[i]} at index {i}")
            break
        i += 1
    else:
        print(f"no multiple of {k}")


find_first_multiple([3, 5, 8, 9], 4)
find_first_multiple([3, 5, 7], 2)

n = 0
while n < 3:
    print("n is", n)
    n += 1
else:
    print("loop ended normally with n =", n)
