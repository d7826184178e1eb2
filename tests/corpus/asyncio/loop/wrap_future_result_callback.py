import asyncio


def compute_later(loop, fut, value):
    print("computing in a callback")
    fut.set_result(value * 2)


async def main():
    loop = asyncio.get_running_loop()
    futs = []
    for v in [1, 2, 3]:
        f = loop.create_future()
        loop.call_later(0.1 * v, compute_later, loop, f, v)
        futs.append(f)
    print(await asyncio.gather(*futs))


asyncio.run(main())
