# Fluent Python's cheese shop: a WeakValueDictionary drops an entry when
# its value dies.
import weakref


class Cheese:

    def __init__(self, kind):
        self.kind = kind

    def __repr__(self):
        return f'Cheese({self.kind!r})'


stock = weakref.WeakValueDictionary()
catalog = [Cheese('Red Leicester'), Cheese('Tilsit'),
           Cheese('Brie'), Cheese('Parmesan')]

for cheese in catalog:
    stock[cheese.kind] = cheese

print(sorted(stock.keys()))
del catalog
print(sorted(stock.keys()))
del cheese
print(sorted(stock.keys()))
print(len(stock), 'Brie' in stock, stock.get('Brie', 'sold out'))

cache = weakref.WeakValueDictionary()
def lookup(key):
    obj = cache.get(key)
    if obj is None:
        print("miss", key)
        obj = cache[key] = Cheese(key)
    return obj

x = lookup("Gouda")
y = lookup("Gouda")
print(x is y)
del x, y
z = lookup("Gouda")
print(dict(cache.items()), list(cache.values()))
try:
    cache["Feta"]
except KeyError as e:
    print("KeyError", e)
print(cache.pop("Gouda"), len(cache))
