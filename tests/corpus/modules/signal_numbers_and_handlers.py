# The signal module's table: names, numbers, descriptions, the handlers a
# fresh process has, the checks signal() makes, and a handler run by
# raise_signal before it returns.
import signal
for s in signal.Signals: print(s.name, s.value, repr(signal.strsignal(s)))
print(signal.SIGIOT, signal.SIGPOLL, signal.SIGCLD, signal.Signals(6).name, signal.Signals['SIGIOT'])
print(sorted(signal.valid_signals())[:3], len(signal.valid_signals()))
print(repr(signal.Handlers.SIG_IGN), repr(signal.Sigmasks.SIG_BLOCK), signal.ITIMER_REAL)
try: signal.signal(99, signal.SIG_DFL)
except Exception as e: print(type(e).__name__, e)
try: signal.signal(signal.SIGKILL, signal.SIG_DFL)
except Exception as e: print(type(e).__name__, e)
try: signal.signal(signal.SIGTERM, 5)
except Exception as e: print(type(e).__name__, e)
try: signal.getsignal(0)
except Exception as e: print(type(e).__name__, e)
try: signal.signal('x', signal.SIG_DFL)
except Exception as e: print(type(e).__name__, e)
print(signal.strsignal(40), signal.strsignal(64))
try: print(signal.strsignal(65))
except Exception as e: print(type(e).__name__, e)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN))
print(signal.getsignal(signal.SIGUSR1), repr(signal.getsignal(signal.SIGPIPE)), signal.SIGINT, f"{signal.SIGTERM}", str(signal.SIGHUP), int(signal.SIGKILL))
def h(signum, frame):
    print("handler got", signum, type(signum).__name__, signal.Signals(signum).name)
signal.signal(signal.SIGUSR2, h)
signal.raise_signal(signal.SIGUSR2)
signal.raise_signal(signal.SIGUSR1)
print(signal.getsignal(signal.SIGUSR2) is h, signal.SIGINT in signal.valid_signals(), 32 in signal.valid_signals())
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
