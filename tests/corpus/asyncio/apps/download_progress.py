import asyncio

FILES = {"video.mp4": 6, "notes.txt": 1, "photo.jpg": 3}


async def download(name, chunks, progress):
    for _ in range(chunks):
        await asyncio.sleep(0.2)
        progress[name] += 1


async def report(progress):
    while True:
        await asyncio.sleep(0.35)
        parts = [f"{n}:{progress[n]}/{FILES[n]}" for n in FILES]
        print(f"[{asyncio.get_running_loop().time():.2f}] " + " ".join(parts))


async def main():
    progress = {name: 0 for name in FILES}
    reporter = asyncio.create_task(report(progress))
    await asyncio.gather(*(download(n, c, progress) for n, c in FILES.items()))
    reporter.cancel()
    print("all downloads complete at", f"{asyncio.get_running_loop().time():.1f}")


asyncio.run(main())
