def recursive():
    print("inside, calling next on myself")
    yield next(me)


me = recursive()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
