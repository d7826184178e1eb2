# Subclasses of collections.abc classes must define the abstract methods
# (Fluent Python's FrenchDeck2); the mixin methods come for free.
import collections
from collections import abc

Card = collections.namedtuple('Card', ['rank', 'suit'])


class FrenchDeck2(abc.MutableSequence):
    ranks = [str(n) for n in range(2, 11)] + list('JQKA')
    suits = 'spades diamonds clubs hearts'.split()

    def __init__(self):
        self._cards = [Card(rank, suit) for suit in self.suits for rank in self.ranks]

    def __len__(self):
        return len(self._cards)

    def __getitem__(self, position):
        return self._cards[position]

    def __setitem__(self, position, value):
        self._cards[position] = value

    def __delitem__(self, position):
        del self._cards[position]

    def insert(self, position, value):
        self._cards.insert(position, value)


deck = FrenchDeck2()
print(len(deck), deck[0], deck[-1])
deck.append(Card('Joker', 'none'))
print(deck.pop(), len(deck), deck.index(Card('A', 'hearts')), Card('Q', 'clubs') in deck)
print(sorted(FrenchDeck2.__abstractmethods__))


class Partial(abc.MutableSequence):
    def __len__(self):
        return 0

    def __getitem__(self, i):
        raise IndexError(i)


try:
    Partial()
except TypeError as e:
    print(e)
print(sorted(Partial.__abstractmethods__))


class Sized2(abc.Sized):
    pass


try:
    Sized2()
except TypeError as e:
    print(e)


class Bag(abc.Set):
    def __init__(self, items=()):
        self._items = list(dict.fromkeys(items))

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)


print(sorted(Bag('abc') & Bag('bcd')), Bag('ab') <= Bag('abc'))


class MapBase(abc.Mapping):
    def __iter__(self):
        return iter(())

    def __len__(self):
        return 0


try:
    MapBase()
except TypeError as e:
    print(e)


class Unhashable(abc.Hashable):
    def __eq__(self, other):
        return True


print(Unhashable.__hash__, sorted(Unhashable.__abstractmethods__))
Unhashable()
