def gen():
    try:
        yield 1
    except KeyError:
        print("caught KeyError, returning")
        return "ret"


g = gen()
next(g)
try:
    g.throw(KeyError("k"))
except StopIteration as e:
    print("throw ended the generator with", e.value)

g2 = gen()
try:
    g2.throw(KeyError("before start"))
except KeyError as e:
    print("unstarted generator re-raises", e)
