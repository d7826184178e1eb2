# signal: the numbers, names and handler table of CPython's module on
# Linux. Nothing outside the run sends coroscope's program a signal, so a
# handler runs only when the program raises the signal itself
# (raise_signal), at once, as CPython runs a Python handler before the
# call returns. Asyncio loops keep their own handlers
# (loop.add_signal_handler) and only need the table to be right.

from enum import IntEnum as _IntEnum

__all__ = ["Signals", "Handlers", "Sigmasks", "signal", "getsignal",
           "raise_signal", "strsignal", "valid_signals", "default_int_handler",
           "NSIG", "SIG_DFL", "SIG_IGN"]

_NAMES = [
    ("SIGHUP", 1, "Hangup"), ("SIGINT", 2, "Interrupt"), ("SIGQUIT", 3, "Quit"),
    ("SIGILL", 4, "Illegal instruction"), ("SIGTRAP", 5, "Trace/breakpoint trap"),
    ("SIGABRT", 6, "Aborted"), ("SIGBUS", 7, "Bus error"),
    ("SIGFPE", 8, "Floating point exception"), ("SIGKILL", 9, "Killed"),
    ("SIGUSR1", 10, "User defined signal 1"), ("SIGSEGV", 11, "Segmentation fault"),
    ("SIGUSR2", 12, "User defined signal 2"), ("SIGPIPE", 13, "Broken pipe"),
    ("SIGALRM", 14, "Alarm clock"), ("SIGTERM", 15, "Terminated"),
    ("SIGSTKFLT", 16, "Stack fault"), ("SIGCHLD", 17, "Child exited"),
    ("SIGCONT", 18, "Continued"), ("SIGSTOP", 19, "Stopped (signal)"),
    ("SIGTSTP", 20, "Stopped"), ("SIGTTIN", 21, "Stopped (tty input)"),
    ("SIGTTOU", 22, "Stopped (tty output)"), ("SIGURG", 23, "Urgent I/O condition"),
    ("SIGXCPU", 24, "CPU time limit exceeded"), ("SIGXFSZ", 25, "File size limit exceeded"),
    ("SIGVTALRM", 26, "Virtual timer expired"), ("SIGPROF", 27, "Profiling timer expired"),
    ("SIGWINCH", 28, "Window changed"), ("SIGIO", 29, "I/O possible"),
    ("SIGPWR", 30, "Power failure"), ("SIGSYS", 31, "Bad system call"),
    ("SIGRTMIN", 34, "Real-time signal 0"), ("SIGRTMAX", 64, "Real-time signal 30"),
]
# Later names for a number are aliases of the first, as in CPython's enum.
_ALIASES = [("SIGIOT", 6), ("SIGCLD", 17), ("SIGPOLL", 29)]

Signals = _IntEnum("Signals", [(n, v) for n, v, _ in _NAMES] + _ALIASES, module="signal")
Handlers = _IntEnum("Handlers", [("SIG_DFL", 0), ("SIG_IGN", 1)], module="signal")
Sigmasks = _IntEnum("Sigmasks", [("SIG_BLOCK", 0), ("SIG_UNBLOCK", 1), ("SIG_SETMASK", 2)],
                    module="signal")
for _m in (*Signals.__members__.items(), *Handlers.__members__.items(),
           *Sigmasks.__members__.items()):
    globals()[_m[0]] = _m[1]
del _m

NSIG = 65
ITIMER_REAL, ITIMER_VIRTUAL, ITIMER_PROF = 0, 1, 2
_DESCRIPTIONS = {v: d for _, v, d in _NAMES}


def default_int_handler(signalnum, frame, /):
    raise KeyboardInterrupt


# What a fresh CPython process has: its own SIGINT handler, SIGPIPE and
# SIGXFSZ ignored, the rest left to the system.
_handlers = {n: SIG_DFL for n in range(1, NSIG)}
_handlers[SIGINT] = default_int_handler
_handlers[SIGPIPE] = SIG_IGN
_handlers[SIGXFSZ] = SIG_IGN


def _number(signalnum):
    signalnum = signalnum.__index__() if not isinstance(signalnum, int) else int(signalnum)
    if not 1 <= signalnum < NSIG:
        raise ValueError("signal number out of range")
    return signalnum


def _index(signalnum):
    if not isinstance(signalnum, int):
        if not hasattr(type(signalnum), "__index__"):
            raise TypeError(f"'{type(signalnum).__name__}' object cannot be "
                            "interpreted as an integer")
    return _number(signalnum)


def getsignal(signalnum, /):
    return _handlers[_index(signalnum)]


def signal(signalnum, handler, /):
    n = _index(signalnum)
    if not (handler is SIG_DFL or handler is SIG_IGN or callable(handler)):
        if handler in (0, 1):
            handler = Handlers(handler)
        else:
            raise TypeError("signal handler must be signal.SIG_IGN, "
                            "signal.SIG_DFL, or a callable object")
    if n in (SIGKILL, SIGSTOP):
        raise OSError(22, "Invalid argument")
    old = _handlers[n]
    _handlers[n] = handler
    return old


def strsignal(signalnum, /):
    n = _index(signalnum)
    if n in _DESCRIPTIONS:
        return _DESCRIPTIONS[n]
    if 34 <= n <= 64:
        return f"Real-time signal {n - 34}"
    return f"Unknown signal {n}"


def valid_signals():
    members = {int(s): s for s in Signals}
    return {members.get(n, n) for n in range(1, NSIG) if n not in (32, 33)}


# Set by an asyncio loop that has handlers of its own (CPython's wakeup
# fd): the loop would run them at its next turn, which a simulated loop
# without a selector to wake cannot place.
_loop_signals = set()


def raise_signal(signalnum, /):
    n = _index(signalnum)
    if n in _loop_signals:
        raise NotImplementedError(
            "raise_signal() of a signal with an asyncio handler: coroscope's "
            "event loop has no wakeup descriptor to deliver it (call the "
            "handler's callback directly instead)")
    handler = _handlers[n]
    if handler is SIG_IGN or handler == 1:
        return
    if handler is SIG_DFL or handler == 0:
        raise NotImplementedError(
            f"raise_signal({Signals(n).name}) with the default action would end "
            "the process, which coroscope does not simulate (install a handler "
            "with signal.signal first)")
    handler(n, None)
