callbacks = []
for i in range(3):
    callbacks.append(lambda: i)
print([f() for f in callbacks])

fixed = []
for i in range(3):
    fixed.append(lambda i=i: i)
print([f() for f in fixed])


def make_multiplier(n):
    return lambda x: x * n


doublers = [make_multiplier(n) for n in range(1, 4)]
print([f(10) for f in doublers])
