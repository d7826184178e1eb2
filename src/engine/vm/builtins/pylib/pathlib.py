# pathlib: pure path arithmetic, plus the file operations coroscope has
# (reading and writing text, existence, removal, making, listing and
# globbing folders; no recursive `**` globs).

import os as _os
import io as _io


class PurePath:
    def __new__(cls, *args):
        if cls is PurePath or cls is Path:
            cls = PosixPath if cls is Path else PurePosixPath
        self = object.__new__(cls)
        parts = []
        for a in args:
            if isinstance(a, PurePath):
                a = str(a)
            elif not isinstance(a, str):
                raise TypeError('argument should be a str or an os.PathLike object '
                                f"where __fspath__ returns a str, not {type(a).__name__!r}")
            if a.startswith('/'):
                parts = []
            parts.append(a)
        joined = '/'.join(p for p in parts if p)
        if any(p.startswith('/') for p in parts):
            joined = '/' + joined.lstrip('/')
        self._str = _normalize(joined)
        return self

    def __init__(self, *args):
        pass

    def __str__(self):
        return self._str

    def __fspath__(self):
        return self._str

    def __repr__(self):
        return f"{type(self).__name__}({self._str!r})"

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._str == other._str

    def __hash__(self):
        return hash(self._str)

    def __lt__(self, other):
        return self._str < other._str

    def __truediv__(self, key):
        try:
            return type(self)(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    @property
    def parts(self):
        if self._str == '.':
            return ()
        if self._str.startswith('/'):
            return ('/',) + tuple(p for p in self._str[1:].split('/') if p)
        return tuple(self._str.split('/'))

    @property
    def name(self):
        if self._str in ('.', '/'):
            return ''
        return self._str.rsplit('/', 1)[-1]

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        s = self._str
        if s in ('.', '/'):
            return self
        if '/' not in s:
            return type(self)('.')
        head = s.rsplit('/', 1)[0]
        return type(self)(head or '/')

    @property
    def parents(self):
        out = []
        p = self
        while p.parent != p:
            p = p.parent
            out.append(p)
        return tuple(out)

    @property
    def anchor(self):
        return '/' if self._str.startswith('/') else ''

    def is_absolute(self):
        return self._str.startswith('/')

    def joinpath(self, *others):
        return type(self)(self, *others)

    def with_name(self, name):
        if not self.name:
            raise ValueError(f"{self!r} has an empty name")
        return self.parent / name

    def with_suffix(self, suffix):
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError(f"Invalid suffix {suffix!r}")
        return self.with_name(self.stem + suffix)

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def relative_to(self, *other):
        base = type(self)(*other)._str
        s = self._str
        if base == '.':
            return type(self)(s)
        if s == base:
            return type(self)('.')
        if s.startswith(base.rstrip('/') + '/'):
            return type(self)(s[len(base.rstrip('/')) + 1:])
        raise ValueError(f"{s!r} is not in the subpath of {base!r}")

    def as_posix(self):
        return self._str


def _fnmatch(name, pat):
    # fnmatch.fnmatchcase's shell patterns: *, ?, [seq], [!seq].
    import re
    i, n, out = 0, len(pat), []
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            out.append('.*')
        elif c == '?':
            out.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                out.append('\\[')
            else:
                stuff = pat[i:j].replace('\\', '\\\\')
                i = j + 1
                if stuff.startswith('!'):
                    stuff = '^' + stuff[1:]
                elif stuff.startswith('^'):
                    stuff = '\\' + stuff
                out.append('[' + stuff + ']')
        else:
            out.append(re.escape(c))
    return re.fullmatch(''.join(out), name, re.DOTALL) is not None


def _normalize(s):
    if not s:
        return '.'
    absolute = s.startswith('/')
    parts = [p for p in s.split('/') if p and p != '.']
    out = '/'.join(parts)
    if absolute:
        return '/' + out
    return out or '.'


class PurePosixPath(PurePath):
    pass


class Path(PurePath):
    @classmethod
    def cwd(cls):
        return cls(_os.getcwd())

    def exists(self):
        return _os.path.exists(self._str)

    def is_file(self):
        return _os.path.isfile(self._str)

    def is_dir(self):
        return _os.path.isdir(self._str)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            _os.mkdir(self._str, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        _os.rmdir(self._str)

    def iterdir(self):
        for name in _os.listdir(self._str):
            yield self / name

    def glob(self, pattern):
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        parts = [p for p in pattern.split('/') if p and p != '.']
        if '**' in parts:
            raise NotImplementedError("coroscope's Path.glob does not support '**' patterns")
        paths = [self]
        for i, part in enumerate(parts):
            last = i == len(parts) - 1
            found = []
            for p in paths:
                if not p.is_dir():
                    continue
                for name in _os.listdir(p._str):
                    if name.startswith('.') and not part.startswith('.'):
                        continue
                    child = p / name
                    if _fnmatch(name, part) and (last or child.is_dir()):
                        found.append(child)
            paths = found
        yield from paths

    def rglob(self, pattern):
        raise NotImplementedError("coroscope's Path.rglob is not supported")

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return _io.open(self._str, mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open('r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % type(data).__name__)
        with self.open('w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def unlink(self, missing_ok=False):
        try:
            _os.remove(self._str)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)(_os.getcwd(), self)

    def resolve(self, strict=False):
        return self.absolute()


class PosixPath(Path, PurePosixPath):
    pass
