# An instance's __dict__ is its namespace: writes through it are attributes.
class Record:
    def __init__(self, **fields):
        self.__dict__.update(fields)

r = Record(name="ada", year=1843)
print(r.name, r.year)
r.__dict__["lang"] = "notes"
print(r.lang, sorted(vars(r)))


class Traced:
    def __setattr__(self, key, value):
        print("set", key, value)
        self.__dict__[key] = value

    def __getattr__(self, key):
        return f"<no {key}>"


t = Traced()
t.x = 1
print(t.x, t.y)
d = t.__dict__
object.__setattr__(t, "z", 2)
print(d, d is t.__dict__)
del t.__dict__["x"]
print(t.x)
vars(t).clear()
print(vars(t), t.z)

t.__dict__ = {"fresh": True}
print(t.fresh, t.__dict__)

e = ValueError("bad")
e.code = 7
print(e.__dict__)


class Tags(list):
    pass


tags = Tags([1])
tags.__dict__["label"] = "ints"
print(tags.label, tags)
