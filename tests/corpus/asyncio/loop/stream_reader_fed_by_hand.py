# A StreamReader fed by the program itself (no sockets): readers wait for
# feed_data from a timer, then readline/readuntil/readexactly/read and
# async iteration take what was fed, up to feed_eof.
import asyncio


def feed_later(loop, reader, chunks):
    for i, chunk in enumerate(chunks, 1):
        if chunk is None:
            loop.call_later(i * 0.1, reader.feed_eof)
        else:
            loop.call_later(i * 0.1, reader.feed_data, chunk)


async def main():
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    print(reader)
    feed_later(loop, reader, [b"HEL", b"LO\nwor", b"ld\n", b"len:5|abcdefgh", b"\nlast line", None])
    print(await reader.readline(), f"{loop.time():.1f}")
    print(await reader.readuntil(b"\n"), f"{loop.time():.1f}")
    print(await reader.readuntil(b"|"))
    print(await reader.readexactly(5))
    print(reader)
    async for line in reader:
        print("line:", line)
    print(reader.at_eof(), reader)
    print(await reader.read(), await reader.readline())


async def errors():
    reader = asyncio.StreamReader(limit=8)
    reader.feed_data(b"abc")
    reader.feed_eof()
    try:
        await reader.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError:", e, e.partial, e.expected)
    r2 = asyncio.StreamReader(limit=4)
    r2.feed_data(b"0123456789\n")
    try:
        await r2.readuntil(b"\n")
    except asyncio.LimitOverrunError as e:
        print("LimitOverrunError:", e, e.consumed)
    print(await r2.read(3), r2)
    r3 = asyncio.StreamReader()
    asyncio.get_running_loop().call_later(0.5, r3.set_exception, ConnectionResetError("peer reset"))
    try:
        await r3.read(100)
    except ConnectionResetError as e:
        print("ConnectionResetError:", e, r3.exception())
    try:
        asyncio.StreamReader(limit=0)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
asyncio.run(errors())
