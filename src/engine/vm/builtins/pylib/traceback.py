# traceback: printing and formatting exceptions as the interpreter prints an
# uncaught one (the text comes from the engine's own traceback printer).

import sys as _sys


def _value(exc, value):
    # The 3.10+ form takes the exception; the older form (type, value, tb).
    if isinstance(exc, type) or exc is None:
        return value
    return exc


def format_exception(exc, /, value=None, tb=None, limit=None, chain=True):
    e = _value(exc, value)
    if e is None:
        return ['NoneType: None\n']
    return _sys._format_exception(e).splitlines(True)


def format_exception_only(exc, /, value=None):
    e = _value(exc, value)
    if e is None:
        return ['NoneType: None\n']
    # The exception's line, then its notes, a line each.
    notes = getattr(e, '__notes__', None)
    extra = 0
    if isinstance(notes, list):
        extra = sum(len(str(n).split('\n')) for n in notes)
    return format_exception(e)[-1 - extra:]


def print_exception(exc, /, value=None, tb=None, limit=None, file=None, chain=True):
    (file or _sys.stderr).write(''.join(format_exception(exc, value)))


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(_sys.exception()))


def print_exc(limit=None, file=None, chain=True):
    print_exception(_sys.exception(), file=file)


def print_last(limit=None, file=None, chain=True):
    raise ValueError('no last exception')


class FrameSummary:
    # One entry of a traceback or a stack, as CPython's: iterable and
    # indexable as (filename, lineno, name, line).

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals

    @property
    def line(self):
        return self._line

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


class StackSummary(list):

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line.strip()))
        return ''.join(row)

    def format(self):
        return [self.format_frame_summary(fs) for fs in self]


def extract_tb(tb, limit=None):
    result = StackSummary()
    while tb is not None and (limit is None or len(result) < limit):
        code = tb.tb_frame.f_code
        result.append(FrameSummary(code.co_filename, tb.tb_lineno, code.co_name,
                                   line=tb._line))
        tb = tb.tb_next
    return result


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    (file or _sys.stderr).write(''.join(format_tb(tb, limit)))
