import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)
    q.put_nowait("a")
    q.put_nowait("b")
    print("full:", q.full(), "size:", q.qsize(), "maxsize:", q.maxsize)
    try:
        q.put_nowait("c")
    except asyncio.QueueFull:
        print("QueueFull raised")
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty raised")
    print("empty:", q.empty())


asyncio.run(main())
