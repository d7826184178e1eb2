import asyncio


async def long_download(url: str) -> bytes:
    try:
        await asyncio.sleep(10)
        return b"..."
    except asyncio.CancelledError as e:
        print(f"download of {url} cancelled with args {e.args}")
        raise


async def main() -> None:
    task = asyncio.create_task(long_download("http://example.com/big.iso"))
    await asyncio.sleep(0.5)
    task.cancel(msg="user pressed stop")
    try:
        await task
    except asyncio.CancelledError as e:
        print("main saw:", repr(e))
    print("cancelled:", task.cancelled())

    t2 = asyncio.create_task(long_download("http://example.com/other"))
    await asyncio.sleep(0)
    print("first cancel:", t2.cancel(), "second cancel:", t2.cancel())
    await asyncio.gather(t2, return_exceptions=True)
    print("cancel after done:", t2.cancel())


asyncio.run(main())
