import asyncio
from itertools import islice
from typing import Iterable, Iterator


def chunked(items: Iterable[int], size: int) -> Iterator[list[int]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


async def upload(record_id: int) -> int:
    await asyncio.sleep(0.05 * (record_id % 3 + 1))
    return record_id * 2


async def main() -> None:
    loop = asyncio.get_running_loop()
    results: list[int] = []
    for n, batch in enumerate(chunked(range(1, 15), 4), 1):
        start = loop.time()
        out = await asyncio.gather(*(upload(r) for r in batch))
        results.extend(out)
        print(f"batch {n}: {batch} -> {out} in {loop.time() - start:.2f}s")
    print(f"uploaded {len(results)} records, checksum {sum(results)}, at t={loop.time():.2f}")


asyncio.run(main())
