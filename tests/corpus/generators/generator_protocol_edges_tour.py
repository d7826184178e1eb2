def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")

g = gen()
print(next(g))
del g
print("after del")

def running():
    yield g2.gi_running
g2 = running()
print(next(g2))
def self_next():
    next(g3)
    yield
g3 = self_next()
try:
    next(g3)
except ValueError as e:
    print(e)
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_close(); next(b)
try:
    b.close()
except RuntimeError as e:
    print(e)
def ret():
    return 5
    yield
try:
    next(ret())
except StopIteration as e:
    print("returned", e.value)
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
print(list(It()), sum(It()), [x for x in It() if x % 2])
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "default"))
print(list(zip(It(), "ab")), list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])))
sentinel_iter = iter(iter([1, 2, 0, 3]).__next__, 0)
print(list(sentinel_iter))
def send_first():
    x = yield
    print("x", x)
s = send_first()
try:
    s.send(1)
except TypeError as e:
    print(e)
ge = (x for x in range(3))
print(next(ge), ge.close(), list(ge))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], (2, 3), "ab", range(2))))
def acc():
    total = 0
    while True:
        v = yield total
        if v is None: return total
        total += v
a = acc(); next(a); a.send(5); a.send(10)
try:
    a.send(None)
except StopIteration as e:
    print("total", e.value)
def thrower():
    while True:
        try:
            yield
        except KeyError as e:
            print("handled", e)
t = thrower(); next(t); t.throw(KeyError("k"))
try:
    t.throw(ValueError("v"))
except ValueError as e:
    print("propagated", e)
print(t.gi_frame)
