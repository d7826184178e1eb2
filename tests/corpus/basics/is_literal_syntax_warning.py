# `is` / `is not` with a literal: CPython's compiler warns (SyntaxWarning,
# on stderr, before the program runs), and the program still runs.
x = 5
name = 'a'
print(x is 5, x is not 3, name is 'a', x is None, x is True, x is ...)
print(x is -1, x is (), x is (1, 2), 1 is x is 2, x == 5)
if x is not None and name is not 'b':
    print('ok')


def half(v):
    return v is 0.5


print(half(0.5), [v for v in range(3) if v is 1])
