# atexit: handlers run last registered first, with their arguments, after
# the program's last line and after an uncaught exception's traceback; an
# unregistered one does not run, and one that fails is reported and skipped.
import atexit


class Resource:
    def __del__(self):
        print("resource finalized")


res = Resource()


def goodbye(name, punct="!"):
    print(f"goodbye {name}{punct}")


def never():
    print("never")


def broken():
    raise RuntimeError("cleanup failed")


atexit.register(goodbye, "first")
atexit.register(goodbye, "second", punct="?")
atexit.register(never)
atexit.unregister(never)
atexit.register(broken)


@atexit.register
def decorated():
    print("decorated handler")


print("main done")
raise ValueError("uncaught")
