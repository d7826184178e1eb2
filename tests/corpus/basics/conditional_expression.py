for n in range(-2, 3):
    sign = "negative" if n < 0 else "zero" if n == 0 else "positive"
    print(n, sign)

items = []
print("empty" if not items else "has items")
print([x if x % 2 else -x for x in range(6)])
