class Reset(Exception):
    pass


def counter():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except Reset:
            print("  counter: reset received at the yield")
            n = 0


c = counter()
print(next(c), next(c), next(c))
print("throw(Reset) ->", c.throw(Reset))
print(next(c), next(c))

try:
    c.throw(ValueError("not handled inside"))
except ValueError as err:
    print("an exception the generator does not catch comes back out:", err)
print("and the generator is finished:", next(c, "nothing left"))
