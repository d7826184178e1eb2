def sub():
    try:
        yield 1
        yield 2
    finally:
        print("sub cleanup")


def main():
    try:
        yield from sub()
    except ZeroDivisionError as e:
        print("main caught", repr(e))
        yield "recovered"


g = main()
print(next(g))
print(g.throw(ZeroDivisionError("oops")))
print(next(g, "exhausted"))
