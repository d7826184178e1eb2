# Iterating an object through __getitem__ alone asks for one item at a
# time, so the loop body runs between the calls and a loop may stop early
# on an endless sequence.


class Squares:
    def __getitem__(self, i):
        print('getitem', i)
        if i >= 4:
            raise IndexError(i)
        return i * i


for sq in Squares():
    print('body', sq)


class Endless:
    def __getitem__(self, i):
        return i


for n in Endless():
    if n == 3:
        break
print('stopped at', n)
it = iter(Squares())
print(type(it).__name__, next(it), next(it))
print(list(it), list(it))
print(9 in Squares(), 5 in Squares())


class StopsWithStopIteration:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i


print(list(StopsWithStopIteration()))


class Broken:
    def __getitem__(self, i):
        if i == 1:
            raise KeyError('boom')
        return i


try:
    for x in Broken():
        print('got', x)
except KeyError as e:
    print('KeyError', e)
