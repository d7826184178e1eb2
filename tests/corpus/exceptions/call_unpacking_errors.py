# Errors of `*args` and `**kwargs` in calls and displays: CPython names the
# function being called.
def f(a=None, **k):
    pass

class A:
    def m(self, *a):
        pass

cases = [
    "f(*1)",
    "f(*None)",
    "f(**1)",
    "f(**[('a', 1)])",
    "f(**{1: 2})",
    "f(**{'b': 1}, b=2)",
    "f(**{'b': 1}, **{'b': 2})",
    "print(*1)",
    "print(**None)",
    "A().m(*5)",
    "A(*5)",
    "len(*[1, 2])",
    "dict(**{1: 2})",
    "[*1]",
    "(*1,)",
    "{*1}",
    "{**1}",
    "f(*[1], *(x for x in [2]))",
]
for s in cases:
    try:
        eval(s)
        print(s, "ok")
    except TypeError as e:
        print(s, "->", e)
