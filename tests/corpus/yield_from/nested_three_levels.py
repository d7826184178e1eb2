def level3():
    x = yield "l3"
    print("level3 received", x)
    return "r3"


def level2():
    r = yield from level3()
    print("level2 got", r)
    y = yield "l2"
    print("level2 received", y)
    return "r2"


def level1():
    r = yield from level2()
    print("level1 got", r)
    return "r1"


g = level1()
print(next(g))
print(g.send("A"))
try:
    g.send("B")
except StopIteration as e:
    print("done:", e.value)
