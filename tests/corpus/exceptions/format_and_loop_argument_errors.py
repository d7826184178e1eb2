# %c, str.maketrans, ExceptionGroup, run_until_complete and call_later
# given arguments of the wrong kind.
import asyncio
def show(s):
    try:
        print(s, "->", repr(eval(s)))
    except Exception as e:
        print(s, "->", type(e).__name__, e)
for s in ["'%c' % 1.5", "'%c' % 'ab'", "'%c' % 'a'", "'%c' % 65", "'%c' % True", "'%c' % None",
          "str.maketrans(1)", "str.maketrans({'a': 'b'})", "ExceptionGroup(1, [ValueError()])"]:
    show(s)
loop = asyncio.new_event_loop()
for bad in (1, None):
    try:
        loop.run_until_complete(bad)
    except TypeError as e:
        print("run_until_complete", e)
async def main():
    try:
        asyncio.get_running_loop().call_later("a", print)
    except TypeError as e:
        print("call_later", e)
loop.run_until_complete(main())
loop.close()
