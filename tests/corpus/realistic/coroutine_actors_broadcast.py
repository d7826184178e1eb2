def coroutine(func):
    """Decorator that primes a generator-based coroutine."""
    def start(*args, **kwargs):
        cr = func(*args, **kwargs)
        next(cr)
        return cr
    start.__name__ = func.__name__
    return start


@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)


@coroutine
def printer(prefix):
    try:
        while True:
            line = yield
            print(f"{prefix}{line}")
    except GeneratorExit:
        print(f"{prefix}<closed>")


@coroutine
def counter(results, key):
    while True:
        yield
        results[key] = results.get(key, 0) + 1
        
        
@coroutine
def broadcast(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)


def tee_to(pattern, *targets):
    return grep(pattern, broadcast(list(targets)))


counts: dict[str, int] = {}
p1, p2 = printer("python| "), printer("ply   | ")
router = broadcast([
    tee_to("python", p1, counter(counts, "python")),
    tee_to("ply", p2, counter(counts, "ply")),
])

for line in [
    "python generators are neat",
    "ply is a parsing tool",
    "ply is written in python",
    "nothing to see here",
]:
    router.send(line)

p1.close()
p2.close()
print(counts)
print("printer name:", printer.__name__)
