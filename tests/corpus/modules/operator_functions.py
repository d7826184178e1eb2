import operator as op
print(op.abs(-3), op.pow(2, 5), op.index(7), op.contains([1, 2], 2), op.countOf([1, 1, 2], 1), op.indexOf("abc", "c"))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.invert(5), op.lshift(1, 4), op.is_(None, None), op.concat([1], [2]))
l = [1, 2, 3]
op.setitem(l, 0, 9); op.delitem(l, 1)
print(l, op.getitem(l, -1), op.iadd([1], [2]), op.length_hint(iter([])), sorted(op.__dict__)[:0])
from operator import methodcaller, attrgetter, itemgetter
print(methodcaller("upper")("abc"), itemgetter(1, 0)("ab"), attrgetter("real", "imag")(3))
op.index(2.5)
