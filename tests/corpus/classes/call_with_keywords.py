# An instance with __call__ called with keyword arguments, directly, through
# map/sorted/partial: the keywords reach __call__.
import functools


class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x, *, times=1, **extra):
        return self.k * x * times, extra


m = Multiplier(3)
print(m(2), m(2, times=4), m(x=5), m(1, times=2, tag="t"))
print(list(map(m, [1, 2])))
print(sorted([3, 1, 2], key=lambda v: Multiplier(-1)(v)[0]))
p = functools.partial(m, times=10)
print(p(1), p(1, extra=True))


class Collector:
    def __call__(self, *args, **kwargs):
        return args, kwargs


print(Collector()(1, 2, a=3, **{"b": 4}))
