def risky():
    try:
        {}["key"]
    except KeyError:
        raise TypeError("while handling the KeyError")


try:
    risky()
except TypeError as e:
    print("caught:", repr(e))
    print("context:", repr(e.__context__))
    print("cause:", e.__cause__)

risky()
