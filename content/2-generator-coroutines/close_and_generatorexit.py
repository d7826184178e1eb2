def reader(name):
    print(f"  {name}: open")
    try:
        while True:
            line = yield
            print(f"  {name}: got {line!r}")
    finally:
        print(f"  {name}: closed (finally ran)")


r = reader("log")
next(r)
r.send("first")
r.send("second")
print("close() raises GeneratorExit at the paused yield:")
r.close()
print("closing again does nothing:", r.close())

print("dropping the last reference closes it too:")
other = reader("tmp")
next(other)
other = None
print("after the drop")


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2  # not allowed: a closing generator must not yield


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as err:
    print("RuntimeError:", err)
