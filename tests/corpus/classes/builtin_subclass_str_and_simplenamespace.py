import types
class Name(str):
    def shout(self):
        return self.upper() + "!"


n = Name("hi")
print(n, str(n), f"{n}", repr(n), n.shout(), "%s" % n, n + "x", type(n + "x").__name__, len(n), "{}".format(n))
class Num(int):
    def __repr__(self):
        return f"Num({int(self)})"


x = Num(5)
print(x, str(x), f"{x}", repr(x), x + 1, [x])
class F(float):
    pass


print(F(1.5), f"{F(2.5):.2f}", [F(1.0)])
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(a=1, b="x", c=[1]))
