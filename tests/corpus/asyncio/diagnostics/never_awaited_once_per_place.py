# The warnings module shows a message once per place: two coroutines of
# the same name dropped at the same spot warn once. The list dies at
# shutdown ("sys:1"), its items last to first: send, other, then send
# again, which is not shown a second time.
import asyncio


async def send(n):
    await asyncio.sleep(0)


async def other():
    pass


async def main():
    for i in range(3):
        send(i)
    await asyncio.sleep(0)
    print("done")


asyncio.run(main())
pending = [send(1), other(), send(2)]
