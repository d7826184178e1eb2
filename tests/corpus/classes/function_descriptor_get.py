# Functions are non-data descriptors: __get__ binds them by hand.
class Managed:
    def spam(self, x):
        return (type(self).__name__, x)


obj = Managed()
bound = Managed.spam.__get__(obj)
print(bound(1), bound.__self__ is obj, bound.__func__ is Managed.spam)
print(Managed.spam.__get__(None, Managed) is Managed.spam)
print(Managed.spam.__get__(obj, Managed)(2))


def free(self):
    return f'free called on {self!r}'


print(free.__get__(42)())
obj.extra = free.__get__(obj)
print(obj.extra().split(' object at ')[0])
