from collections import OrderedDict
class LRU(OrderedDict):
    def __init__(self, cap):
        super().__init__()
        self.cap = cap
    def get(self, k):
        if k not in self:
            return -1
        self.move_to_end(k)
        return self[k]
    def put(self, k, v):
        if k in self:
            self.move_to_end(k)
        self[k] = v
        if len(self) > self.cap:
            self.popitem(last=False)
c = LRU(2)
c.put(1, 1); c.put(2, 2); print(c.get(1)); c.put(3, 3); print(c.get(2)); c.put(4, 4)
print(c.get(1), c.get(3), c.get(4), list(c.items()), c)
class D(dict):
    def __missing__(self, k):
        self[k] = v = len(k)
        return v
d = D(); print(d["abc"], d, d.get("zz"), "zz" in d)
class UpperDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = UpperDict(); u["a"] = 1; u.update(b=2); print(u, dict(u), len(u), u == {"A": 1, "b": 2})
class MyList(list):
    def append(self, x):
        print("append", x); super().append(x)
m = MyList([1]); m.append(2); m += [3]; m.extend([4]); print(m, type(m).__name__, m[1:], type(m[1:]).__name__, m * 2 == [1, 2, 3, 4] * 2)
class Str(str):
    def shout(self): return self.upper() + "!"
s = Str("hi"); print(s.shout(), s + "x", type(s + "x").__name__, len(s), s == "hi", isinstance(s, str), repr(s))
class Num(int):
    def __repr__(self): return f"Num({int(self)})"
n = Num(5); print(n, n + 1, repr(n), type(n + 1).__name__, n * 2, str(n), f"{n:03d}", bool(Num(0)))
