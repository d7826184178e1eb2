x = eval("1 + 2")
print(x, eval("  x * 10"), eval("[i * i for i in range(4)]"))
exec("y = x * 2")
print(y)


def calc(expr, **env):
    return eval(expr, {"__builtins__": {}}, env)


print(calc("a + b * c", a=1, b=2, c=3))


def local_eval():
    n = 7
    print(eval("n + 1"), eval("x + n"))
    exec("n = 100")
    print(n)


local_eval()
ns = {}
exec("def sq(v):\n    return v * v\nz = sq(9)", ns)
print(ns["z"], "sq" in ns, sorted(k for k in ns if not k.startswith("__")))
g = {"val": 3}
exec("val += 1", g)
print(g["val"])
for src in ["2 ** 10", "'ab' * 2", "len('hello')", "max([3, 1, 2])"]:
    print(src, "=", eval(src))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e, e.args[0])
try:
    eval("undefined_thing")
except NameError as e:
    print(e)
eval("1 +")
