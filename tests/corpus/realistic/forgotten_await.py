import asyncio


async def save(record: dict[str, int]) -> bool:
    await asyncio.sleep(0.1)
    print("saved", record)
    return True


async def main() -> None:
    ok = save({"id": 1})  # oops: forgot await
    print("result looks truthy:", bool(ok), type(ok).__name__)
    ok = await save({"id": 2})
    print("awaited result:", ok)


asyncio.run(main())
