# WeakKeyDictionary and WeakSet: per-object data and registries that do
# not keep their objects alive.
import weakref


class Widget:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"<Widget {self.name}>"


extra = weakref.WeakKeyDictionary()
registry = weakref.WeakSet()

w1, w2, w3 = Widget("a"), Widget("b"), Widget("c")
for w in (w1, w2, w3):
    registry.add(w)
    extra[w] = len(w.name) * 10
del w

print(len(extra), len(registry), w2 in registry, w2 in extra)
print(sorted(x.name for x in registry))
del w2
print(len(extra), len(registry), sorted(k.name for k in extra.keys()))
print(sorted((k.name, v) for k, v in extra.items()))
registry.discard(w1)
print(sorted(x.name for x in registry), extra.get(w1))
w3 = None
print(len(extra), len(registry), list(registry))


class Observable:
    def __init__(self):
        self._observers = weakref.WeakSet()

    def subscribe(self, obs):
        self._observers.add(obs)

    def notify(self, msg):
        for obs in sorted(self._observers, key=lambda o: o.name):
            obs.update(msg)


class Printer:
    def __init__(self, name):
        self.name = name

    def update(self, msg):
        print(self.name, "got", msg)


subject = Observable()
p, q = Printer("p"), Printer("q")
subject.subscribe(p)
subject.subscribe(q)
subject.notify("first")
del p
subject.notify("second")
