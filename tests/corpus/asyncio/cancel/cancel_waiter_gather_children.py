# Cancelling a task that waits on a gather() goes through the gathering
# future's own cancel(), which cancels its children first.
import asyncio

async def leaf(name, d):
    try:
        await asyncio.sleep(d)
        print("leaf", name, "done")
        return name
    except asyncio.CancelledError:
        print("leaf", name, "cancelled")
        raise

async def branch(prefix):
    return await asyncio.gather(leaf(prefix + "1", 1), leaf(prefix + "2", 3))

async def main():
    outer = asyncio.gather(branch("a"), branch("b"))
    await asyncio.sleep(2)
    outer.cancel("enough")
    try:
        await outer
    except asyncio.CancelledError as e:
        print("outer cancelled", e.args)

asyncio.run(main())
