import asyncio

lock = asyncio.Lock()


async def use_printer(name, pages):
    print(f"{name} waiting (locked={lock.locked()})")
    async with lock:
        print(f"{name} printing {pages} pages at {asyncio.get_running_loop().time():.1f}")
        await asyncio.sleep(0.1 * pages)
    print(f"{name} released")


async def main():
    await asyncio.gather(use_printer("A", 3), use_printer("B", 1), use_printer("C", 2))


asyncio.run(main())
