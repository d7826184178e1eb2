from collections import OrderedDict, ChainMap, namedtuple

od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
print("".join(od))
od.move_to_end("b", last=False)
print("".join(od))
print(od.popitem(), od.popitem(last=False))
print(od)
class LRU(OrderedDict):
    def __init__(self, cap):
        super().__init__()
        self.cap = cap
    def get(self, k):
        if k not in self:
            return -1
        self.move_to_end(k)
        return self[k]
    def put(self, k, v):
        self[k] = v
        self.move_to_end(k)
        if len(self) > self.cap:
            self.popitem(last=False)
cache = LRU(2)
cache.put(1, 1); cache.put(2, 2); print(cache.get(1)); cache.put(3, 3)
print(cache.get(2), cache)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))

defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm["user"], cm["color"])
print(cm)
cm["color"] = "blue"
print(cli, len(cm), sorted(cm))
child = cm.new_child({"x": 1})
print(child.maps[0], child.parents)
print(dict(cm))

Point = namedtuple("Point", ["x", "y"])
p = Point(11, y=22)
print(p, p.x + p.y, p[0])
print(p._asdict())
p2 = p._replace(x=100)
print(p2, p)
print(Point._fields, Point._make([3, 4]))
x, y = p
print(x, y)
Card = namedtuple("Card", "rank suit", defaults=["hearts"])
print(Card("A"), Card._field_defaults)
print(p == (11, 22), isinstance(p, tuple))
p.x = 5
