# dict.__getitem__ called as a method on a subclass (bound, or through
# the class) reaches the subclass's __missing__, as d[key] does.
class Quoter(dict):
    def __init__(self, safe):
        self.safe = safe

    def __missing__(self, b):
        res = chr(b) if b in self.safe else f"%{b:02X}"
        self[b] = res
        return res


q = Quoter(b"abc")
lookup = q.__getitem__
print("".join(lookup(c) for c in b"a b/c"))
print(dict.__getitem__(q, ord("z")), q[ord("a")], sorted(q))
print(list(map(q.__getitem__, b"ab")))


class Plain(dict):
    pass


try:
    Plain(a=1).__getitem__("b")
except KeyError as e:
    print("KeyError", e)
print(Plain(a=1).__getitem__("a"), {}.get("x", 0))
