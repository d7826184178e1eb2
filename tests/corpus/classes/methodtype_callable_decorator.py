# types.MethodType binds any callable to an instance: a decorator written
# as a class binds itself in __get__ (Python Cookbook 9.9).
import types
from functools import wraps


class Profiled:
    def __init__(self, func):
        wraps(func)(self)
        self.ncalls = 0

    def __call__(self, *args, **kwargs):
        self.ncalls += 1
        return self.__wrapped__(*args, **kwargs)

    def __get__(self, instance, cls):
        if instance is None:
            return self
        return types.MethodType(self, instance)


class Spam:
    @Profiled
    def bar(self, x):
        return f"{type(self).__name__}.bar({x})"


s = Spam()
print(s.bar(1), s.bar(2), Spam.bar.ncalls)
m = s.bar
print(type(m).__name__, m.__self__ is s, m.__func__ is Spam.bar)
for args in [(1, s), (print, None)]:
    try:
        types.MethodType(*args)
    except TypeError as e:
        print("TypeError:", e)
