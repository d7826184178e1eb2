# An OrderedDict subclass whose __setitem__ calls move_to_end, fromkeys on
# subclasses, order-sensitive equality, and dict.update from a dict
# subclass (which copies the entries, never calling its __getitem__).
import collections


class LastUpdatedOrderedDict(collections.OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)


lu = LastUpdatedOrderedDict(a=1, b=2)
lu['a'] = 3
print(lu, list(lu))
lu.move_to_end('b')
print(lu.popitem(last=False), lu)

od = collections.OrderedDict.fromkeys('abc', 0)
od.move_to_end('a')
print(od, type(od).__name__)
print(collections.OrderedDict(a=1, b=2) == collections.OrderedDict(b=2, a=1),
      collections.OrderedDict(a=1, b=2) == dict(b=2, a=1),
      collections.OrderedDict(a=1) != collections.OrderedDict(a=1))


class Doubling(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value * 2)


print(Doubling.fromkeys('xy', 5), type(Doubling.fromkeys('x')).__name__)


class AnswerDict(dict):
    def __getitem__(self, key):
        return 42


ad = AnswerDict(a='foo')
d = {}
d.update(ad)
print(ad['a'], d, dict(ad), {**ad})


class KeysOnly(dict):
    def __iter__(self):
        return iter(['a'])

    def __getitem__(self, key):
        return 'via getitem'


d2 = {}
d2.update(KeysOnly(a=1, b=2))
print(d2)
