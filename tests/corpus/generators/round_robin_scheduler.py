from collections import deque


def task(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        yield
    print(f"{name} done")


ready = deque([task("A", 3), task("B", 1), task("C", 2)])
switches = 0
while ready:
    current = ready.popleft()
    try:
        next(current)
    except StopIteration:
        continue
    switches += 1
    ready.append(current)
print("context switches:", switches)
