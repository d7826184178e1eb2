class Reset(Exception):
    pass


def ticker():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except Reset:
            print("  reset received")
            n = 0


t = ticker()
print(next(t), next(t), next(t))
print("throw returns", t.throw(Reset))
print(next(t), next(t))
try:
    t.throw(ValueError("unexpected"))
except ValueError as e:
    print("propagated:", e)
print(list(t))
