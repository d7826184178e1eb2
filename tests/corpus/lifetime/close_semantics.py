def g(name):
    print(f"{name}: started")
    try:
        yield 1
        yield 2
    finally:
        print(f"{name}: finally")


unstarted = g("unstarted")
unstarted.close()
print("closing an unstarted generator runs nothing")
print(next(unstarted, "exhausted"))

finished = g("finished")
print(list(finished))
finished.close()
print("closing a finished generator is a no-op")

suspended = g("suspended")
next(suspended)
suspended.close()
suspended.close()
print("closed twice")
