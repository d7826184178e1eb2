# __slots__ given as a dict: its keys are the slots (the values are their
# docstrings), and instances still have no __dict__.
class Point:
    __slots__ = {'x': 'the x coordinate', 'y': 'the y coordinate'}

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y, hasattr(p, '__dict__'))
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError:', e)


class Tagged(Point):
    __slots__ = {'tag': None}


t = Tagged(3, 4)
t.tag = 'a'
print(t.x, t.y, t.tag)
try:
    t.other = 1
except AttributeError as e:
    print('AttributeError:', e)
