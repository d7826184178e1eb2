# io: in-memory text streams (StringIO) for capturing output, and text
# files for open(): a file is read whole when opened (natively from disk,
# relative to the current directory); what a program writes is kept in
# memory for the rest of the run, never written to disk.

import sys as _sys


class UnsupportedOperation(OSError, ValueError):
    pass


# The abstract bases, so that `isinstance(f, io.IOBase)` and
# `ABC.register(io.IOBase)` see coroscope's streams as CPython's.
class IOBase:
    pass


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


class StringIO(TextIOBase):
    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError(
                f'initial_value must be str or None, not {type(initial_value).__name__}')
        self._buf = initial_value
        self._pos = 0
        self.closed = False

    def _check(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError(f'string argument expected, got {type(s).__name__!r}')
        buf = self._buf
        if self._pos > len(buf):
            buf = buf + '\0' * (self._pos - len(buf))
        self._buf = buf[:self._pos] + s + buf[self._pos + len(s):]
        self._pos += len(s)
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def getvalue(self):
        self._check()
        return self._buf

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(len(self._buf), self._pos + size)
        s = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return s

    def readline(self, size=-1):
        self._check()
        i = self._buf.find('\n', self._pos)
        end = len(self._buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        s = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return s

    def readlines(self, hint=-1):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError(f'Negative seek position {pos}')
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._buf)
        else:
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        self._buf = self._buf[:size]
        return size

    def flush(self):
        self._check()

    def close(self):
        self.closed = True

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def isatty(self):
        return False

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __repr__(self):
        return '<_io.StringIO object>'


StringIO.__module__ = '_io'


class TextIOWrapper(StringIO):
    # A text file: its whole content is read when it is opened, and what is
    # written is kept (in memory) when it is closed.

    def __init__(self, name, mode, text, writing):
        StringIO.__init__(self, text)
        self.name = name
        self.mode = mode
        self.encoding = 'utf-8'
        self._writing = writing
        if 'a' in mode:
            self.seek(0, 2)

    def write(self, s):
        if not self._writing:
            self._check()
            raise UnsupportedOperation('not writable')
        return StringIO.write(self, s)

    def read(self, size=-1):
        if self._writing and '+' not in self.mode:
            self._check()
            raise UnsupportedOperation('not readable')
        return StringIO.read(self, size)

    def readline(self, size=-1):
        if self._writing and '+' not in self.mode:
            self._check()
            raise UnsupportedOperation('not readable')
        return StringIO.readline(self, size)

    def getvalue(self):
        raise AttributeError("'_io.TextIOWrapper' object has no attribute 'getvalue'")

    def flush(self):
        self._check()
        if self._writing:
            _sys._write_file(self.name, self._buf)

    def close(self):
        if not self.closed and self._writing:
            _sys._write_file(self.name, self._buf)
        self.closed = True

    def readable(self):
        return not self._writing or '+' in self.mode

    def writable(self):
        return self._writing

    def __del__(self):
        self.close()

    def __repr__(self):
        return f"<_io.TextIOWrapper name={self.name!r} mode={self.mode!r} encoding='utf-8'>"


TextIOWrapper.__module__ = '_io'


class BufferedReader(BufferedIOBase):
    # A file opened with 'rb': its bytes, read whole when opened.

    def __init__(self, name, data):
        self.name = name
        self.mode = 'rb'
        self._data = data
        self._pos = 0
        self.closed = False

    def read(self, size=-1):
        end = len(self._data) if size is None or size < 0 else self._pos + size
        out = self._data[self._pos:end]
        self._pos += len(out)
        return out

    def readline(self, size=-1):
        data = self._data
        end = self._pos
        while end < len(data) and data[end] != 10:
            end += 1
        if end < len(data):
            end += 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = self._data[self._pos:end]
        self._pos += len(out)
        return out

    def readlines(self):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __repr__(self):
        return f"<_io.BufferedReader name={self.name!r}>"


BufferedReader.__module__ = '_io'


def open(file, mode='r', buffering=-1, encoding=None, errors=None,
         newline=None, closefd=True, opener=None):
    if hasattr(type(file), '__fspath__'):
        file = file.__fspath__()
    if not isinstance(file, str):
        raise TypeError(f'expected str, bytes or os.PathLike object, not {type(file).__name__}')
    if not isinstance(mode, str):
        raise TypeError(f'open() argument \'mode\' must be str, not {type(mode).__name__}')
    modes = set(mode)
    if modes - set("axrwb+t") or len(mode) > len(modes):
        raise ValueError("invalid mode: %r" % mode)
    kinds = len(modes & set('rwax'))
    if kinds != 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if 'b' in modes:
        if modes != {'r', 'b'}:
            raise ValueError("coroscope writes files as text only (mode %r)" % mode)
        return BufferedReader(file, _sys._read_file(file).encode())
    if 'r' in modes:
        text = _sys._read_file(file)
        if newline is None:
            # Universal newlines, as CPython reads text.
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        return TextIOWrapper(file, mode, text, '+' in modes)
    if 'x' in modes:
        try:
            _sys._read_file(file)
        except FileNotFoundError:
            pass
        else:
            raise FileExistsError(17, 'File exists', file)
    text = ''
    if 'a' in modes:
        try:
            text = _sys._read_file(file)
        except FileNotFoundError:
            pass
    f = TextIOWrapper(file, mode, text, True)
    _sys._write_file(file, text)
    return f
