def worker():
    print("worker started")
    try:
        while True:
            item = yield
            print(f"processing {item}")
    except GeneratorExit:
        print("GeneratorExit received, cleaning up")
        raise
    finally:
        print("finally block")


w = worker()
next(w)
w.send("job-1")
w.send("job-2")
print("closing")
w.close()
print("closed")
w.close()
print("second close is a no-op")
try:
    w.send("job-3")
except StopIteration:
    print("send after close raises StopIteration")
