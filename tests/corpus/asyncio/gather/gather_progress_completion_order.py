import asyncio

completed = []


async def download(name, size):
    for chunk in range(size):
        await asyncio.sleep(0.1)
    completed.append(name)
    print(f"{name}: {size} chunks done at {asyncio.get_running_loop().time():.1f}")
    return size


async def main():
    sizes = await asyncio.gather(download("a.iso", 5), download("b.txt", 1), download("c.png", 3))
    print("completion order:", completed)
    print("result order:", sizes, "total", sum(sizes))


asyncio.run(main())
