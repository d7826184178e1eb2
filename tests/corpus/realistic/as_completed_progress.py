import asyncio
import random

random.seed(11)


async def download(name: str, size_kb: int) -> tuple[str, int]:
    speed = random.choice([120, 250, 400, 800])
    await asyncio.sleep(size_kb / speed)
    return name, size_kb


async def main() -> None:
    files = {"report.pdf": 900, "photo.jpg": 350, "video.mp4": 4000, "notes.txt": 12, "data.csv": 640}
    loop = asyncio.get_running_loop()
    tasks = [asyncio.ensure_future(download(n, s)) for n, s in files.items()]
    total = sum(files.values())
    done_kb = 0
    for i, fut in enumerate(asyncio.as_completed(tasks), 1):
        name, size = await fut
        done_kb += size
        pct = done_kb / total * 100
        bar = "#" * int(pct // 5)
        print(f"[{loop.time():7.3f}] {i}/{len(tasks)} {name:<11} |{bar:<20}| {pct:5.1f}%")
    print("all downloads complete")


asyncio.run(main())
