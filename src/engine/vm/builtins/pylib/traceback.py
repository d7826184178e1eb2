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
