# Fluent Python, "Object References, Mutability, and Recycling": watching
# the end of an object with weakref.finalize.
import weakref


s1 = {1, 2, 3}
s2 = s1


def bye():
    print('...like tears in the rain.')


ender = weakref.finalize(s1, bye)
print(ender.alive)
del s1
print(ender.alive)
s2 = 'spam'
print(ender.alive)


class Connection:
    def __init__(self, name):
        self.name = name
        self._finalizer = weakref.finalize(self, print, f"closing {name}")

    def close(self):
        self._finalizer()


a = Connection("a")
b = Connection("b")
c = Connection("c")
a.close()
a.close()
print(b._finalizer.peek()[1:], b._finalizer.atexit)
c._finalizer.atexit = False
del b
print("end of program")
