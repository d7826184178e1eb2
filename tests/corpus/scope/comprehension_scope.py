x = "global x"
squares = [x * x for x in range(4)]
print(squares)
print(x)

n = 3
grid = [[r * n + c for c in range(n)] for r in range(n)]
print(grid)

gen = (x for x in range(3))
x = "changed"
print(list(gen))


def f():
    base = 10
    return [base + i for i in range(3)]


print(f())
