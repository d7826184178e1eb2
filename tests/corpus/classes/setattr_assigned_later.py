class Point:
    def __init__(self, x):
        self.x = x


p = Point(1)
p.x = 2
print(p.x)


def loud(self, name, value):
    print("set", name, value)
    object.__setattr__(self, name, value)


Point.__setattr__ = loud
p.x = 3
q = Point(4)
print(p.x, q.x)


class Base:
    pass


class Child(Base):
    pass


c = Child()
c.a = 1
setattr(Base, "__setattr__", loud)
c.a = 2
print(c.a)
del Point.__setattr__
p.x = 5
print(p.x)
