# A finalizer runs where CPython's deallocation meets the object: what its
# death frees comes before the next sibling dies, and lists drop their
# items from the end (clear, slice assignment, del of a slice).
class Conn:
    def __init__(self, name): self.name = name
    def __del__(self): print("close conn", self.name)

def session(name):
    conn = Conn(name)
    try:
        yield conn
    finally:
        print("session end", name)

def pool():
    sessions = [session(n) for n in ("s1", "s2")]
    conns = [next(s) for s in sessions]
    yield conns
    print("pool resumed")

p = pool()
cs = next(p)
print([c.name for c in cs])
del cs
p.close()
print("pool closed")
s = session("solo")
c = next(s)
del s
print("solo dropped")
del c
t = (Conn("t1"), [Conn("t2"), Conn("t3")], Conn("t4"))
del t
d = {"x": [Conn("d1")], "y": (Conn("d2"),)}
d.clear()
print("cleared")
l = [Conn("l1"), Conn("l2")]
l[:] = []
print("slice cleared")
l = [Conn("p1"), Conn("p2"), Conn("p3")]
l.pop(0)
print("popped")
del l[0]
print("deleted item")
l = None
print("end")
class C:  # noqa
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
l = [C(1), C(2)]; l.clear(); print("-- clear")
l = [C(1), C(2), C(3)]; l[:2] = []; print("-- slice")
l = [C(1), C(2), C(3)]; del l[0:2]; print("-- del slice")
l = [C(1), C(2), C(3)]; l[0:3] = [0]; print("-- replace")
l = [C(1), C(2)]; l *= 0; print("-- imul")
