from collections import deque


def worker(name, steps):
    for i in range(steps):
        print(f"{name}: step {i}")
        yield  # give control back to the scheduler
    print(f"{name}: finished")


def run(tasks):
    ready = deque(tasks)
    while ready:
        task = ready.popleft()
        try:
            next(task)  # run the task until its next yield
        except StopIteration:
            continue  # done: do not put it back
        ready.append(task)


run([worker("A", 3), worker("B", 2), worker("C", 1)])
print("all tasks done")
