# copy: shallow and deep copies, following CPython's copy module: atomic
# values come back as they are, the builtin containers are copied
# directly, and anything else goes through `__copy__`/`__deepcopy__`, a
# class's own `__reduce_ex__`/`__reduce__`, or what `object.__reduce_ex__(2)`
# would give (the value of a builtin base, the instance's state, its list
# or dict items), rebuilt as `copy._reconstruct` does.

from _collections import deque as _deque


class Error(Exception):
    pass


error = Error

_ATOMIC = frozenset([type(None), int, float, bool, str, bytes, type,
                     range, type(len), type(lambda: 0), property,
                     type(Ellipsis), type(NotImplemented)])

# Builtin bases whose value `__getnewargs__` hands to `cls.__new__`.
_VALUE_BASES = (str, bytes, int, float, tuple)


def copy(x):
    cls = type(x)
    if cls in (list, dict, set, bytearray):
        return cls(x)
    if cls in _ATOMIC or cls in (tuple, frozenset):
        return x
    if issubclass(cls, type):
        return x
    c = getattr(cls, '__copy__', None)
    if c is not None:
        return c(x)
    return _reconstruct(x, None, *_reduce(x, cls))


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    i = id(x)
    y = memo.get(i, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls is list:
        y = []
        memo[i] = y
        for v in x:
            y.append(deepcopy(v, memo))
    elif cls is tuple:
        items = [deepcopy(v, memo) for v in x]
        # A tuple whose items all copy to themselves is itself (CPython
        # keeps the original), unless the tuple was reached meanwhile.
        if i in memo:
            return memo[i]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is dict:
        y = {}
        memo[i] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set:
        y = {deepcopy(v, memo) for v in x}
    elif cls is frozenset:
        y = frozenset(deepcopy(v, memo) for v in x)
    elif isinstance(x, _deque):
        # As CPython's `deque.__reduce__`: a new deque of the same class
        # and maxlen, filled with copies.
        y = cls((), x.maxlen)
        memo[i] = y
        for v in x:
            y.append(deepcopy(v, memo))
        for k, v in getattr(x, '__dict__', {}).items():
            setattr(y, k, deepcopy(v, memo))
    else:
        dc = getattr(cls, '__deepcopy__', None)
        if dc is not None:
            y = dc(x, memo)
        else:
            y = _reconstruct(x, memo, *_reduce(x, cls))
    if y is not x:
        memo[i] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reduce(x, cls):
    # A class's own reduction when it has one, else object.__reduce_ex__(2).
    for name in ('__reduce_ex__', '__reduce__'):
        f = getattr(cls, name, None)
        if f is not None:
            rv = f(x, 4) if name == '__reduce_ex__' else f(x)
            if isinstance(rv, str):
                return (None, (), None, None, None, rv)
            if not isinstance(rv, tuple):
                raise Error("%s must return string or tuple" % name)
            return rv + (None,) * (5 - len(rv)) + (None,)
    if isinstance(x, BaseException):
        # BaseException.__reduce__: the class called with the args.
        return (cls, x.args, getattr(x, '__dict__', None) or None, None, None, None)
    args = ()
    getnewargs = getattr(cls, '__getnewargs__', None)
    if getnewargs is not None:
        args = tuple(getnewargs(x))
    else:
        for base in cls.__mro__:
            if base in _VALUE_BASES:
                args = (base(x),)
                break
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    if isinstance(x, (set, frozenset)) and not args:
        args = (list(x),)
    return (_newobj, (cls,) + args, _state(x, cls), listitems, dictitems, None)


def _state(x, cls):
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None:
        return getstate(x)
    d = getattr(x, '__dict__', None)
    slots = {}
    for c in cls.__mro__:
        names = c.__dict__.get('__slots__', ())
        if isinstance(names, str):
            names = (names,)
        for n in names:
            if n in ('__dict__', '__weakref__'):
                continue
            if n.startswith('__') and not n.endswith('__'):
                mangled = '_%s%s' % (c.__name__.lstrip('_'), n)
                # Private names may be kept unmangled here.
                if hasattr(x, mangled):
                    n = mangled
            if hasattr(x, n):
                slots[n] = getattr(x, n)
    if slots:
        return (d or None, slots)
    return d or None


def _newobj(cls, *args):
    # copyreg.__newobj__, the callable object.__reduce_ex__(2) names.
    return cls.__new__(cls, *args)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, glob=None):
    if glob is not None:
        return x
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None:
            setstate(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for k, v in slotstate.items():
                    setattr(y, k, v)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for k, v in dictiter:
            if deep:
                k, v = deepcopy(k, memo), deepcopy(v, memo)
            y[k] = v
    return y
