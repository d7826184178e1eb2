# BaseEventLoop.__repr__ shows the loop's class name and its state
# (running, closed, debug), not a default object repr with an address.
import asyncio


def state(loop):
    # The class name is left out: the default loop's class differs by
    # platform, the state after it does not.
    return repr(loop).split(" ", 1)[1]


async def main():
    print("inside:", state(asyncio.get_running_loop()))


loop = asyncio.new_event_loop()
print("new:", state(loop))
loop.run_until_complete(main())
loop.call_later(1, lambda: print("in run_forever:", state(loop)))
loop.call_later(2, loop.stop)
loop.run_forever()
print("stopped:", state(loop))
loop.close()
print("closed:", state(loop))
print(repr(loop).startswith("<") and " at 0x" not in repr(loop))
