import asyncio
from typing import AsyncIterator

LOG = """\
2024-01-01 10:00:01 INFO  server started
2024-01-01 10:00:05 WARN  disk 81% full
2024-01-01 10:01:10 ERROR db connection lost
2024-01-01 10:01:11 INFO  retrying db
2024-01-01 10:01:12 ERROR db connection lost
2024-01-01 10:02:00 INFO  db reconnected
2024-01-01 10:05:00 WARN  slow query 2.3s"""


async def read_lines(text: str) -> AsyncIterator[str]:
    for line in text.splitlines():
        await asyncio.sleep(0.01)
        yield line


async def parse(lines: AsyncIterator[str]) -> AsyncIterator[tuple[str, str, str]]:
    async for line in lines:
        date, time_, level, msg = line.split(maxsplit=3)
        yield time_, level, msg


async def only(levels: set[str], records: AsyncIterator[tuple[str, str, str]]) -> AsyncIterator[tuple[str, str, str]]:
    async for rec in records:
        if rec[1] in levels:
            yield rec


async def main() -> None:
    async for t, level, msg in only({"ERROR", "WARN"}, parse(read_lines(LOG))):
        print(f"{t} [{level:^7}] {msg}")
    counts: dict[str, int] = {}
    async for _, level, _ in parse(read_lines(LOG)):
        counts[level] = counts.get(level, 0) + 1
    print(counts)


asyncio.run(main())
