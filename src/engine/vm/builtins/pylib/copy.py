# copy: shallow and deep copies of the builtin containers and of instances.

from _collections import deque as _deque


def copy(x):
    cls = type(x)
    if cls in (list, dict, set):
        return cls(x)
    if cls in (int, float, str, bool, tuple, frozenset, type(None)):
        return x
    c = getattr(x, '__copy__', None)
    if c is not None:
        return c()
    y = object.__new__(cls)
    for k, v in x.__dict__.items():
        setattr(y, k, v)
    return y


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    i = id(x)
    if i in memo:
        return memo[i]
    cls = type(x)
    if cls in (int, float, str, bool, type(None), type):
        return x
    if cls is list:
        y = []
        memo[i] = y
        for v in x:
            y.append(deepcopy(v, memo))
        return y
    if cls is tuple:
        return tuple(deepcopy(v, memo) for v in x)
    if cls is dict:
        y = {}
        memo[i] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
        return y
    if cls is set:
        return {deepcopy(v, memo) for v in x}
    if isinstance(x, _deque):
        # As CPython's `deque.__reduce__`: a new deque of the same class
        # and maxlen, filled with copies.
        y = cls((), x.maxlen)
        memo[i] = y
        for v in x:
            y.append(deepcopy(v, memo))
        for k, v in getattr(x, '__dict__', {}).items():
            setattr(y, k, deepcopy(v, memo))
        return y
    dc = getattr(x, '__deepcopy__', None)
    if dc is not None:
        return dc(memo)
    y = object.__new__(cls)
    memo[i] = y
    for k, v in x.__dict__.items():
        setattr(y, k, deepcopy(v, memo))
    return y
