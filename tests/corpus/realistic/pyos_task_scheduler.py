"""A tiny cooperative OS with system calls, after David Beazley's pyos."""
from collections import deque


class Task:
    next_id = 0

    def __init__(self, target):
        Task.next_id += 1
        self.tid = Task.next_id
        self.target = target
        self.sendval = None

    def run(self):
        return self.target.send(self.sendval)


class SystemCall:
    def handle(self, sched, task):
        raise NotImplementedError


class GetTid(SystemCall):
    def handle(self, sched, task):
        task.sendval = task.tid
        sched.schedule(task)


class NewTask(SystemCall):
    def __init__(self, target):
        self.target = target

    def handle(self, sched, task):
        task.sendval = sched.new(self.target)
        sched.schedule(task)


class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.taskmap = {}

    def new(self, target):
        task = Task(target)
        self.taskmap[task.tid] = task
        self.schedule(task)
        return task.tid

    def schedule(self, task):
        self.ready.append(task)

    def mainloop(self):
        while self.taskmap:
            task = self.ready.popleft()
            try:
                result = task.run()
            except StopIteration:
                print(f"task {task.tid} terminated")
                del self.taskmap[task.tid]
                continue
            if isinstance(result, SystemCall):
                result.handle(self, task)
            else:
                task.sendval = None
                self.schedule(task)


def child(n):
    mytid = yield GetTid()
    for i in range(n):
        print(f"  child {mytid} step {i}")
        yield


def parent():
    mytid = yield GetTid()
    print(f"parent {mytid} starting")
    kid = yield NewTask(child(2))
    print(f"parent spawned {kid}")
    for i in range(3):
        print(f"parent {mytid} tick {i}")
        yield


sched = Scheduler()
sched.new(parent())
sched.new(child(1))
sched.mainloop()
