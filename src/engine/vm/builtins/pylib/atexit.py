# atexit: functions to call when the program ends, last registered first,
# after an uncaught exception's traceback and before the module's names are
# cleared (the engine calls _run_exitfuncs there, as CPython's shutdown does).

import sys as _sys

_handlers = []


def register(func, *args, **kwargs):
    _handlers.append((func, args, kwargs))
    return func


def unregister(func):
    _handlers[:] = [h for h in _handlers if h[0] != func]


def _clear():
    _handlers.clear()


def _ncallbacks():
    return len(_handlers)


def _run_exitfuncs():
    while _handlers:
        func, args, kwargs = _handlers.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as e:
            _sys.stderr.write(f"Exception ignored in atexit callback: {func!r}\n")
            _sys.stderr.write(_sys._format_exception(e))
