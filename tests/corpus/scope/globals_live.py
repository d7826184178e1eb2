# globals() is the module's namespace itself, not a copy.
for name in ["alpha", "beta"]:
    globals()[name] = name.upper()
print(alpha, beta)

g = globals()
count = 1
print(g["count"])
count += 1
print(g["count"])
del count
print("count" in g)


def register():
    global handler
    handler = "set in a function"


register()
print(g["handler"], register.__globals__ is g)

g.update(x=1, y=2)
print(x + y)
g.pop("x")
try:
    print(x)
except NameError as e:
    print(e)

exec("z = x_plus = 40 + 2", globals())
print(z, x_plus)
print(globals().get("missing", "none"))
