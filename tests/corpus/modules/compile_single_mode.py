# compile(..., "single") displays each expression statement through
# sys.displayhook, as the prompt does, also inside a loop.
import sys, io
g = {}
c = compile("1 + 2\n", "<doctest>", "single")
exec(c, g)
c = compile("x = 5\n", "<doctest>", "single")
exec(c, g)
exec(compile("x\n", "<d>", "single"), g)
exec(compile("None\n", "<d>", "single"), g)
exec(compile("for i in range(2):\n    i\n", "<d>", "single"), g)
old = sys.stdout; sys.stdout = buf = io.StringIO()
exec(compile("print('hi'); 'x'\n", "<d>", "single"), g)
sys.stdout = old
print(repr(buf.getvalue()))
