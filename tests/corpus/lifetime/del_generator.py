def worker():
    try:
        while True:
            yield
    except GeneratorExit:
        print("worker got GeneratorExit")
        raise
    finally:
        print("worker finally")


w = worker()
next(w)
print("before del")
del w
print("after del")
