# Private names are mangled in every scope nested in a class: class-body
# variables, parameters, locals, comprehensions, lambdas, `global`, and
# annotations; a nested class mangles with its own name.


def helper(**kw):
    return sorted(kw)


class Config:
    __instances = 0
    __limit: int = 3

    def __init__(self, __name="cfg", *, __level=1):
        Config.__instances += 1
        self.__name = __name
        self.__level = __level

    def report(self):
        __total = sum(__v for __v in range(4))
        squares = [__n * __n for __n in range(3)]
        scale = lambda __f: __f * self.__level
        return __total, squares, scale(10), sorted(locals())

    def kwargs(self):
        # Keyword argument names in calls are not mangled (CPython 3.11).
        return helper(__a=1, b=2)

    class __Inner:
        __depth = 1

        def depth(self):
            return self.__depth

    def inner(self):
        return self.__Inner().depth()


cfg = Config()
print(cfg.report())
print(cfg.kwargs())
print(cfg.inner())
print(sorted(k for k in Config.__dict__ if k.startswith("_Config")))
print(Config._Config__instances, Config.__annotations__)
print(Config.__init__.__code__.co_varnames, Config.__init__.__kwdefaults__)
print(Config.report.__code__.co_varnames)
inner = Config._Config__Inner
print(inner.__name__, inner.__qualname__, sorted(k for k in vars(inner) if "depth" in k))


class Counter:
    def bump(self):
        global __hits
        __hits = 1
        return __hits

    def closure(self):
        __count = 0

        def inc():
            nonlocal __count
            __count += 1
            return __count

        inc()
        return inc(), inc.__code__.co_freevars

    def missing(self):
        try:
            return __nowhere
        except NameError as e:
            return f"NameError: {e}"


print(Counter().bump(), _Counter__hits)
print(Counter().closure())
print(Counter().missing())


class ___:
    __kept = "all-underscore class names mangle nothing"


print(___.__dict__["__kept"])
print(getattr(cfg, "__name", "strings are never mangled"))
