import asyncio


async def fetch(url):
    await asyncio.sleep(0.1)
    if "bad" in url:
        raise ConnectionError(f"cannot reach {url}")
    return f"<html from {url}>"


async def main():
    pages = await asyncio.gather(fetch("good.example"), fetch("bad.example"))
    print(pages)


asyncio.run(main())
