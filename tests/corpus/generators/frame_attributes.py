def gen():
    yield 1
    yield 2


g = gen()
print(g.__name__, g.gi_running, g.gi_frame is not None)
next(g)
print(g.gi_frame.f_lineno)
next(g)
print(g.gi_frame.f_lineno)
list(g)
print(g.gi_frame is None)
print(type(g).__name__)
