# Calling a generator's or coroutine's send/throw/close with the wrong
# number of arguments gives CPython's messages.
def ticker():
    yield 1


async def job():
    return 1


g = ticker()
c = job()
calls = [
    ("g.send()", lambda: g.send()),
    ("g.send(1, 2)", lambda: g.send(1, 2)),
    ("g.throw()", lambda: g.throw()),
    ("g.throw(a, b, c, d)", lambda: g.throw(ValueError, 1, None, 4)),
    ("g.close(1)", lambda: g.close(1)),
    ("c.send()", lambda: c.send()),
    ("c.throw()", lambda: c.throw()),
    ("c.close(1)", lambda: c.close(1)),
]
for label, call in calls:
    try:
        call()
    except TypeError as e:
        print(f"{label}: {e}")
c.close()
print(next(g), g.send.__name__)
