# A plain loop of about a million bytecode steps: the trace benchmark.
def step(x):
    return (x * 31 + 7) % 1000


total = 0
x = 1
for i in range(52_600):
    x = step(x)
    total += x
print(total)
