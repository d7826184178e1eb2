import asyncio
from typing import Any

DATA = [f"record-{i:03d}" for i in range(1, 24)]


class PaginatedResults:
    """Iterate over an API that returns results one page at a time."""

    def __init__(self, page_size: int = 5) -> None:
        self.page_size = page_size
        self.page = 0
        self.buffer: list[str] = []
        self.exhausted = False

    async def _fetch_page(self) -> list[str]:
        await asyncio.sleep(0.2)
        start = self.page * self.page_size
        self.page += 1
        chunk = DATA[start:start + self.page_size]
        print(f"  (fetched page {self.page}: {len(chunk)} items)")
        return chunk

    def __aiter__(self) -> "PaginatedResults":
        return self

    async def __anext__(self) -> str:
        if not self.buffer and not self.exhausted:
            self.buffer = await self._fetch_page()
            if len(self.buffer) < self.page_size:
                self.exhausted = True
        if not self.buffer:
            raise StopAsyncIteration
        return self.buffer.pop(0)


async def main() -> None:
    count = 0
    async for record in PaginatedResults(page_size=6):
        count += 1
        if count % 4 == 0:
            print(record)
    print(f"total records: {count}")
    first_three: list[Any] = []
    async for r in PaginatedResults(page_size=2):
        first_three.append(r)
        if len(first_three) == 3:
            break
    print(first_three)


asyncio.run(main())
