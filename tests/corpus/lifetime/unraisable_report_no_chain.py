# An exception escaping __del__, or a dying generator's finally, is
# reported on sys.stderr as CPython's unraisable hook does: the traceback
# and the last line, without the chain it was raised from.
import io
import sys


class Connection:
    def __del__(self):
        try:
            {}["socket"]
        except KeyError as e:
            raise RuntimeError("close failed") from e


def rows():
    try:
        yield 1
    finally:
        raise ValueError("cleanup failed")


captured = io.StringIO()
sys.stderr = captured
c = Connection()
del c
g = rows()
next(g)
g = None
sys.stderr = sys.__stderr__
for line in captured.getvalue().splitlines():
    print(line.split(" at 0x")[0] if "ignored" in line else line)
