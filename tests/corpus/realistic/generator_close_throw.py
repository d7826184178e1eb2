class RetryLater(Exception):
    pass


def worker(name):
    print(f"{name}: started")
    jobs_done = 0
    try:
        while True:
            try:
                job = yield jobs_done
                print(f"{name}: doing {job}")
                jobs_done += 1
            except RetryLater as e:
                print(f"{name}: will retry later ({e})")
    except GeneratorExit:
        print(f"{name}: shutting down after {jobs_done} jobs")
        raise
    finally:
        print(f"{name}: cleanup")


w = worker("w1")
next(w)
w.send("compile")
w.send("test")
print("throw returned:", w.throw(RetryLater("db busy")))
w.send("deploy")
w.close()
print("closed again is fine:", w.close())
try:
    w.send("more")
except StopIteration:
    print("send after close -> StopIteration")

w2 = worker("w2")
next(w2)
try:
    w2.throw(ValueError("fatal"))
except ValueError as e:
    print("propagated:", e)


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "not leaving"


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
