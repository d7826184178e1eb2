# locals(), vars() and dir() without arguments see the current scope.
def f(a, b=2):
    c = a + b
    print(locals())
    print(vars())
    print(sorted(dir()))
    def inner():
        print(locals(), c)
    inner()
f(1)
class K:
    x = 1
    print(locals().keys(), vars().keys())
print(locals() is globals(), vars() is globals())
def fmt(name, age):
    return "{name} is {age}".format(**locals())
print(fmt('Bob', 3))
