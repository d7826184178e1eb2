import asyncio


async def main():
    stack = asyncio.LifoQueue()
    for page in ["home", "products", "cart", "checkout"]:
        await stack.put(page)
    print("history size:", stack.qsize())
    while not stack.empty():
        print("back to", await stack.get())


asyncio.run(main())
