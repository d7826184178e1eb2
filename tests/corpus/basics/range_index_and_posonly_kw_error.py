# range indexing takes any __index__ object; a call passing several
# positional-only parameters by keyword names them all, in order.


class Two:
    def __index__(self):
        return 2


print(range(10)[Two()], range(0, 20, 3)[Two()], [10, 20, 30][Two()])
try:
    range(5)['a']
except TypeError as e:
    print(e)


def f(a, b, /, c):
    return a + b + c


for kwargs in [{'a': 1, 'b': 2, 'c': 3}, {'b': 2, 'a': 1, 'c': 3}, {'c': 3, 'b': 1}]:
    try:
        f(**kwargs)
    except TypeError as e:
        print(e)
print(f(1, 2, c=3))
