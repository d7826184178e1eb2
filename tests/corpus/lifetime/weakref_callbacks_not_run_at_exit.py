# Weak references still alive when the program ends are cleared with
# their targets by CPython's final collection, without their callbacks;
# a finalize() object still runs at exit (through atexit).
import weakref


class Session:
    def __init__(self, user):
        self.user = user


active = Session("ann")
watch = weakref.ref(active, lambda r: print("callback: session gone"))
sessions = weakref.WeakValueDictionary(ann=active)
weakref.finalize(active, print, "finalize: closing ann's session")
temp = Session("bob")
weakref.ref(temp, lambda r: print("callback: bob gone"))
probe = weakref.ref(temp, lambda r: print("callback: bob's probe"))
del temp
print(watch().user, sorted(sessions), probe())
print("end of program")
