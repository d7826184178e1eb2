# itertools, written as the generators its documentation gives.


# count and repeat are classes: their reprs show their state
# (`count(5, 2)`, `repeat('a', 3)`) as CPython's do.

class count:

    def __init__(self, start=0, step=1):
        if not _number(start) or not _number(step):
            raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if isinstance(self._step, int) and self._step == 1:
            return f"count({self._n!r})"
        return f"count({self._n!r}, {self._step!r})"


def cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


_forever = object()


class repeat:

    def __init__(self, object, times=_forever):
        self._object = object
        if times is _forever:
            self._times = None
        else:
            self._times = max(0, _index_arg(times))

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times == 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __repr__(self):
        if self._times is None:
            return f"repeat({self._object!r})"
        return f"repeat({self._object!r}, {self._times})"


def _index_arg(x):
    if not isinstance(x, int) and not hasattr(type(x), "__index__"):
        raise TypeError(f"'{type(x).__name__}' object cannot be interpreted as an integer")
    return x.__index__()


def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = func(total, element) if func is not None else total + element
        yield total


class chain:

    def __init__(self, *iterables):
        self._it = self._gen(iterables)

    @staticmethod
    def _gen(iterables):
        for it in iterables:
            for element in it:
                yield element

    @classmethod
    def from_iterable(cls, iterables):
        c = cls()
        c._it = cls._gen(iterables)
        return c

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)


def compress(data, selectors):
    return (d for d, s in zip(data, selectors) if s)


def dropwhile(predicate, iterable):
    iterable = iter(iterable)
    for x in iterable:
        if not predicate(x):
            yield x
            break
    for x in iterable:
        yield x


def takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


def filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def islice(iterable, *args):
    s = slice(*args)
    start, stop, step = s.start or 0, s.stop, s.step or 1
    if start < 0 or (stop is not None and stop < 0) or step <= 0:
        raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    it = iter(iterable)
    nexti = start
    i = 0
    if stop is not None and start >= stop:
        for _ in zip(range(stop), it):
            pass
        return
    for i, element in enumerate(it):
        if i == nexti:
            yield element
            nexti += step
            if stop is not None and nexti >= stop:
                return
        if stop is not None and i + 1 >= stop:
            return


def pairwise(iterable):
    it = iter(iterable)
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


class _Grouper:
    pass


def groupby(iterable, key=None):
    keyfunc = (lambda x: x) if key is None else key
    it = iter(iterable)
    exhausted = False
    try:
        curr = next(it)
    except StopIteration:
        return
    curr_key = keyfunc(curr)
    state = {'curr': curr, 'key': curr_key, 'done': False}

    def _grouper(tgtkey):
        while True:
            yield state['curr']
            try:
                state['curr'] = next(it)
            except StopIteration:
                state['done'] = True
                return
            state['key'] = keyfunc(state['curr'])
            if state['key'] != tgtkey:
                return

    while not state['done']:
        tgt = state['key']
        g = _grouper(tgt)
        yield tgt, g
        for _ in g:
            pass
        while not state['done'] and state['key'] == tgt:
            try:
                state['curr'] = next(it)
            except StopIteration:
                state['done'] = True
                break
            state['key'] = keyfunc(state['curr'])


def zip_longest(*args, fillvalue=None):
    iterators = [iter(it) for it in args]
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def product(*args, repeat=1):
    pools = [tuple(pool) for pool in args] * repeat
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


def tee(iterable, n=2):
    it = iter(iterable)
    buffers = [[] for _ in range(n)]

    def gen(mybuf):
        while True:
            if not mybuf:
                try:
                    newval = next(it)
                except StopIteration:
                    return
                for b in buffers:
                    b.append(newval)
            yield mybuf.pop(0)
    return tuple(gen(b) for b in buffers)


# CPython's itertools check their arguments and call iter() when the object
# is made, not at its first next(): these wrappers do that, then hand over
# to the generators above.

def _number(x):
    t = type(x)
    return isinstance(x, (int, float)) or any(
        hasattr(t, m) for m in ("__index__", "__int__", "__float__", "__complex__"))


def _index(x, what):
    if x is None:
        return None
    if not isinstance(x, int) and not hasattr(type(x), "__index__"):
        raise ValueError(what)
    x = x.__index__()
    if x < 0:
        raise ValueError(what)
    return x


def _ssize(x):
    # What is not an index reads as -1, as CPython's cleared conversion error.
    if x is None:
        return None
    if not isinstance(x, int) and not hasattr(type(x), "__index__"):
        return -1
    return x.__index__()


def _r_arg(r, permutations=False):
    if not isinstance(r, int) and not hasattr(type(r), "__index__"):
        if permutations:
            raise TypeError("Expected int as r")
        raise TypeError(f"'{type(r).__name__}' object cannot be interpreted as an integer")
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


_cycle = cycle
_accumulate = accumulate
_dropwhile = dropwhile
_takewhile = takewhile
_filterfalse = filterfalse
_starmap = starmap
_islice = islice
_pairwise = pairwise
_groupby = groupby
_zip_longest = zip_longest
_product = product
_permutations = permutations
_combinations = combinations
_combinations_with_replacement = combinations_with_replacement


def cycle(iterable):
    return _cycle(iter(iterable))


def accumulate(iterable, func=None, *, initial=None):
    return _accumulate(iter(iterable), func, initial=initial)


def dropwhile(predicate, iterable):
    return _dropwhile(predicate, iter(iterable))


def takewhile(predicate, iterable):
    return _takewhile(predicate, iter(iterable))


def filterfalse(predicate, iterable):
    return _filterfalse(predicate, iter(iterable))


def starmap(function, iterable):
    return _starmap(function, iter(iterable))


def islice(iterable, *args):
    if not args:
        raise TypeError("islice expected at least 2 arguments, got 1")
    if len(args) > 3:
        raise TypeError(f"islice expected at most 4 arguments, got {len(args) + 1}")
    # CPython's checks, in its order: a stop that is not an index, or is
    # -1, gets its own message; other negatives the "Indices" one.
    indices = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
    stop_msg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
    start, stop, step = 0, None, 1
    if len(args) == 1:
        stop = _ssize(args[0])
    else:
        start = _ssize(args[0])
        if start is None:
            start = 0
        stop = _ssize(args[1])
    if stop == -1:
        raise ValueError(stop_msg)
    if start < 0 or (stop is not None and stop < -1):
        raise ValueError(indices)
    if len(args) == 3:
        step = _ssize(args[2])
        if step is None:
            step = 1
    if step < 1:
        raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice(iter(iterable), *args)


def pairwise(iterable):
    return _pairwise(iter(iterable))


def groupby(iterable, key=None):
    return _groupby(iter(iterable), key)


def zip_longest(*args, fillvalue=None):
    return _zip_longest(*[iter(it) for it in args], fillvalue=fillvalue)


def product(*args, repeat=1):
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    return _product(*[tuple(pool) for pool in args], repeat=repeat)


def permutations(iterable, r=None):
    pool = tuple(iterable)
    return _permutations(pool, None if r is None else _r_arg(r, True))


def combinations(iterable, r):
    pool = tuple(iterable)
    return _combinations(pool, _r_arg(r))


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    return _combinations_with_replacement(pool, _r_arg(r))
