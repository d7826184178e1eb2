# The `re` module, written on the `_sre` primitives as CPython's is:
# matching is native, the Pattern and Match objects and the iteration rules
# (findall, sub, split around empty matches) are here.
import _sre


class RegexFlag(int):
    # CPython's is an IntFlag: ints that print as `re.IGNORECASE|re.DOTALL`
    # (members in definition order) and combine into flags.
    __module__ = 're'
    _members = [(256, 'ASCII'), (2, 'IGNORECASE'), (4, 'LOCALE'), (32, 'UNICODE'),
                (8, 'MULTILINE'), (16, 'DOTALL'), (64, 'VERBOSE'), (1, 'TEMPLATE'),
                (128, 'DEBUG')]

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        if not self:
            return 'NOFLAG'
        return '|'.join(n for bit, n in self._members if self & bit == bit)

    def __repr__(self):
        v = int(self)
        if not v:
            return 're.NOFLAG'
        names = ['re.' + n for bit, n in self._members if v & bit]
        rest = v & ~511
        if rest:
            names.append(hex(rest))
        return '|'.join(names)

    __str__ = __repr__

    def __format__(self, spec):
        return format(int(self), spec) if spec else str(self)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(511 & ~int(self))


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)

_FLAG_NAMES = [(2, "re.IGNORECASE"), (4, "re.LOCALE"), (8, "re.MULTILINE"),
               (16, "re.DOTALL"), (32, "re.UNICODE"), (64, "re.VERBOSE"),
               (256, "re.ASCII")]


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


class Pattern:
    def __init__(self, pattern, flags):
        if isinstance(flags, Pattern):
            flags = flags.flags
        try:
            groups, names = _sre.compile(pattern, int(flags))
        except ValueError as e:
            msg, at, pos = str(e).rpartition(" at position ")
            if at and pos.isdigit():
                raise error(msg, pattern, int(pos)) from None
            raise error(str(e), pattern) from None
        self.pattern = pattern
        self.flags = int(flags) | 32
        self.groups = groups
        self.groupindex = dict(names)
        self._raw_flags = int(flags)

    def __repr__(self):
        names = [n for bit, n in _FLAG_NAMES if self._raw_flags & bit]
        if names:
            return "re.compile(%r, %s)" % (self.pattern, "|".join(names))
        return "re.compile(%r)" % (self.pattern,)

    def __eq__(self, other):
        return (isinstance(other, Pattern) and self.pattern == other.pattern
                and self.flags == other.flags)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _scan(self, string, pos, endpos, mode):
        if not isinstance(string, str):
            raise TypeError("expected string or bytes-like object, got '%s'"
                            % type(string).__name__)
        n = len(string)
        if endpos is None or endpos > n:
            endpos = n
        if pos < 0:
            pos = 0
        text = string if endpos == n else string[:endpos]
        found = _sre.scan(self.pattern, self._raw_flags, text, pos, mode)
        if mode == 3:
            return [Match(self, string, spans, pos, endpos) for spans in found]
        if found is None:
            return None
        return Match(self, string, found, pos, endpos)

    def match(self, string, pos=0, endpos=None):
        return self._scan(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._scan(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=None):
        return self._scan(string, pos, endpos, 2)

    def finditer(self, string, pos=0, endpos=None):
        return iter(self._scan(string, pos, endpos, 3))

    def findall(self, string, pos=0, endpos=None):
        out = []
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group(0))
            elif self.groups == 1:
                out.append(m.group(1) or "")
            else:
                out.append(m.groups(""))
        return out

    def subn(self, repl, string, count=0):
        if callable(repl):
            expand = repl
        else:
            template = _parse_template(self, repl)
            expand = lambda m: _expand(m, template)
        parts = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if count and n >= count:
                break
            s, e = m.span()
            parts.append(string[last:s])
            parts.append(expand(m))
            last = e
            n += 1
        parts.append(string[last:])
        return "".join(parts), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def split(self, string, maxsplit=0):
        parts = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if maxsplit and n >= maxsplit:
                break
            s, e = m.span()
            parts.append(string[last:s])
            parts.extend(m.groups())
            last = e
            n += 1
        parts.append(string[last:])
        return parts

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError("Pattern.scanner is not supported by coroscope")


class Match:
    def __init__(self, pattern, string, spans, pos, endpos):
        self.re = pattern
        self.string = string
        self._spans = spans
        self.pos = pos
        self.endpos = endpos
        last = None
        best = -1
        for i in range(1, len(spans)):
            sp = spans[i]
            if sp is not None and sp[1] > best:
                best = sp[1]
                last = i
        # CPython's lastindex is the group that closed last; with nested
        # groups the outer one closes last at the same end.
        self.lastindex = last
        self.lastgroup = None
        if last is not None:
            for name, i in pattern.groupindex.items():
                if i == last:
                    self.lastgroup = name

    def _index(self, g):
        if isinstance(g, str):
            if g in self.re.groupindex:
                return self.re.groupindex[g]
            raise IndexError("no such group")
        if isinstance(g, int) and 0 <= g < len(self._spans):
            return g
        raise IndexError("no such group")

    def _get(self, g, default=None):
        sp = self._spans[self._index(g)]
        if sp is None:
            return default
        return self.string[sp[0]:sp[1]]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(args[0])
        return tuple(self._get(g) for g in args)

    def __getitem__(self, g):
        return self._get(g)

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, len(self._spans)))

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re.groupindex.items()}

    def span(self, g=0):
        sp = self._spans[self._index(g)]
        return (-1, -1) if sp is None else sp

    def start(self, g=0):
        return self.span(g)[0]

    def end(self, g=0):
        return self.span(g)[1]

    def expand(self, template):
        return _expand(self, _parse_template(self.re, template))

    def __bool__(self):
        return True

    def __repr__(self):
        return "<re.Match object; span=%r, match=%r>" % (self.span(), self.group(0))


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a",
            "b": "\b", "\\": "\\"}


def _parse_template(pattern, repl):
    # A list of literal strings and group indexes, as sre_parse builds it.
    items = []
    lit = []
    i = 0
    n = len(repl)
    while i < n:
        c = repl[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        i += 1
        if i >= n:
            raise error("bad escape (end of pattern)", repl, i - 1)
        c = repl[i]
        if c == "g":
            close = repl.find(">", i)
            if i + 1 >= n or repl[i + 1] != "<" or close < 0:
                raise error("missing <", repl, i)
            name = repl[i + 2:close]
            if name.isdigit():
                index = int(name)
                if index > pattern.groups:
                    raise error("invalid group reference %d" % index, repl, i + 2)
            elif name in pattern.groupindex:
                index = pattern.groupindex[name]
            else:
                raise IndexError("unknown group name '%s'" % name)
            items.append("".join(lit))
            lit = []
            items.append(index)
            i = close + 1
        elif c.isdigit():
            j = i
            while j < n and j < i + 2 and repl[j].isdigit():
                j += 1
            index = int(repl[i:j])
            if index > pattern.groups:
                raise error("invalid group reference %d" % index, repl, i)
            items.append("".join(lit))
            lit = []
            items.append(index)
            i = j
        elif c in _ESCAPES:
            lit.append(_ESCAPES[c])
            i += 1
        elif c.isalpha():
            raise error("bad escape \\%s" % c, repl, i - 1)
        else:
            lit.append("\\" + c)
            i += 1
    items.append("".join(lit))
    return items


def _expand(m, template):
    out = []
    for item in template:
        if isinstance(item, int):
            out.append(m.group(item) or "")
        else:
            out.append(item)
    return "".join(out)


_cache = {}


def compile(pattern, flags=0):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    key = (pattern, int(flags))
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, flags)
        _cache[key] = p
    return p


def purge():
    _cache.clear()


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


_SPECIAL = set("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
