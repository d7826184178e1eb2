# An uncaught exception goes to sys.excepthook when the program sets one,
# instead of the traceback; the exit status is still 1.
import sys

def hook(t, v, tb):
    print("HOOK", t.__name__, v, tb is not None)
    print("hook on stderr:", repr(v), file=sys.stderr)

sys.excepthook = hook
print("start")
raise KeyError("hooked")
