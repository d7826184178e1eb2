import asyncio


async def read_lines(source: str):
    print(f"opening {source}")
    try:
        for n, line in enumerate(["header", "alpha", "beta", "STOP", "gamma"], 1):
            await asyncio.sleep(0.05)
            yield n, line
    finally:
        print(f"closing {source}")


async def main() -> None:
    gen = read_lines("data.txt")
    async for n, line in gen:
        if line == "STOP":
            print("found STOP at line", n)
            break
        print(f"{n}: {line}")
    await gen.aclose()

    total = 0
    async for n, line in read_lines("other.txt"):
        total += len(line)
    print("total characters:", total)

    agen = read_lines("manual.txt")
    print(await agen.__anext__())
    print(await anext(agen))
    await agen.aclose()
    print(await anext(agen, "exhausted"))


asyncio.run(main())
