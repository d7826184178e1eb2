def make_averager():
    series = []

    def averager(new_value):
        series.append(new_value)
        total = sum(series)
        return total / len(series)

    return averager


avg = make_averager()
print(avg(10), avg(11), avg(12))
print(avg.__code__.co_varnames, avg.__code__.co_freevars, make_averager.__code__.co_cellvars)
print(avg.__closure__[0].cell_contents, len(avg.__closure__), avg.__code__.co_name, avg.__code__.co_argcount)


def f(a, b=2, *args, c, d=4, **kw):
    x = 1
    return x


print(f.__code__.co_varnames, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_nlocals, make_averager.__closure__, f.__name__)


def outer(p):
    def inner():
        return p
    return inner


print(outer.__code__.co_cellvars, outer.__code__.co_varnames, outer(1).__code__.co_freevars)
