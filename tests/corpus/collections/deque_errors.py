# The errors a deque raises, with CPython's messages.
from collections import deque


def attempt(label, f):
    try:
        r = f()
    except Exception as exc:
        print(label, type(exc).__name__, exc)
    else:
        print(label, "->", r)


d = deque([1, 2, 3])
attempt("pop empty", lambda: deque().pop())
attempt("popleft empty", lambda: deque().popleft())
attempt("slice", lambda: d[0:2])
attempt("str index", lambda: d["a"])
attempt("index range", lambda: d[3])
attempt("neg range", lambda: d[-4])
attempt("index missing", lambda: d.index(9))
attempt("remove missing", lambda: d.remove(9))
attempt("insert full", lambda: deque([1], maxlen=1).insert(0, 2))
attempt("maxlen neg", lambda: deque(maxlen=-1))
attempt("not iterable", lambda: deque(5))
attempt("hash", lambda: hash(d))
attempt("concat list", lambda: d + [4])
attempt("set item", lambda: d.__setitem__(5, 0))
attempt("del item", lambda: d.__delitem__(-9))
attempt("extend int", lambda: d.extend(3))
attempt("maxlen str", lambda: deque([], "3"))
attempt("too many", lambda: deque([], 1, 2))
attempt("set maxlen", lambda: setattr(d, "maxlen", 9))
attempt("append none", lambda: d.append())
attempt("pop arg", lambda: d.pop(0))
attempt("remove two", lambda: d.remove(1, 2))


it = iter(d)
next(it)
d.append(4)
attempt("mutated", lambda: next(it))
attempt("after", lambda: next(it))
it = reversed(d)
d.rotate(0)
attempt("rotate mutates", lambda: next(it))
it = iter(d)
d.reverse()
d[0] = "set"
print(list(it))


class Eq:
    def __init__(self, d):
        self.d = d

    def __eq__(self, other):
        self.d.append("boom")
        return False


q = deque([1, 2, 3])
attempt("count mutated", lambda: q.count(Eq(q)))
print(q)
