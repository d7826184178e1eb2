from collections import deque


def countdown(n):
    while n > 0:
        print(f"T-minus {n}")
        yield
        n -= 1
    print("Blastoff!")


def countup(n):
    x = 0
    while x < n:
        print(f"Counting up {x}")
        yield
        x += 1


def spinner(frames, turns):
    for i in range(turns):
        print(f"spinner {frames[i % len(frames)]}")
        yield


class TaskScheduler:
    def __init__(self):
        self._task_queue = deque()
        self.switches = 0

    def new_task(self, task):
        self._task_queue.append(task)

    def run(self):
        while self._task_queue:
            task = self._task_queue.popleft()
            try:
                next(task)
                self.switches += 1
                self._task_queue.append(task)
            except StopIteration:
                pass


sched = TaskScheduler()
sched.new_task(countdown(5))
sched.new_task(countup(3))
sched.new_task(spinner("|/-\\", 6))
sched.run()
print("context switches:", sched.switches)
