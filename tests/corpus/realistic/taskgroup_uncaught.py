import asyncio


async def parse_record(line: str) -> dict[str, int]:
    await asyncio.sleep(0.1)
    key, value = line.split("=")
    return {key: int(value)}


async def main() -> None:
    lines = ["a=1", "b=2", "c=three", "d=4"]
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(parse_record(l)) for l in lines]
    print("parsed:", [t.result() for t in tasks])


asyncio.run(main())
