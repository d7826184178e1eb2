# inspect.Signature.bind and bind_partial (Fluent Python's tag function):
# the arguments a call would bind, and the errors it would raise.
import inspect


def tag(name, *content, class_=None, **attrs):
    return name, content, class_, attrs


sig = inspect.signature(tag)
my_tag = {'name': 'img', 'title': 'Sunset Boulevard', 'src': 'sunset.jpg', 'class': 'framed'}
bound = sig.bind(**my_tag)
print(bound)
for name, value in bound.arguments.items():
    print(name, '=', value)
print(bound.args, bound.kwargs)
del my_tag['name']
try:
    sig.bind(**my_tag)
except TypeError as e:
    print(e)


def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    pass


s = inspect.signature(f)
ba = s.bind(1, d=4)
print(ba, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba.arguments)
print(s.bind(1, 2, 3, 4, 5, d=6, z=7).arguments)
print(s.bind_partial(1).arguments, s.bind_partial(d=1))
for args, kwargs in [((), {}), ((1,), {}), ((1,), {'d': 1, 'a': 2}), ((1, 2, 3), {'c': 4, 'd': 1})]:
    try:
        s.bind(*args, **kwargs)
    except TypeError as e:
        print(e)


def g(x):
    pass


try:
    inspect.signature(g).bind(1, 2)
except TypeError as e:
    print(e)
try:
    inspect.signature(g).bind(1, y=2)
except TypeError as e:
    print(e)
print(inspect.signature(g).bind(1) == inspect.signature(g).bind(x=1))
