def printer():
    while True:
        item = yield
        print("  printer:", item)


def only_errors(target):
    while True:
        line = yield
        if "ERROR" in line:
            target.send(line.upper())


def numbered(target):
    n = 0
    while True:
        line = yield
        n += 1
        target.send(f"{n}: {line}")


sink = printer()
next(sink)
filt = only_errors(sink)
next(filt)
source = numbered(filt)
next(source)

for line in ["start", "ERROR disk full", "retry", "ERROR again", "stop"]:
    print("push", repr(line))
    source.send(line)
