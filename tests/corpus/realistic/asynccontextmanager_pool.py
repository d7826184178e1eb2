from __future__ import annotations

import asyncio
from contextlib import asynccontextmanager
from typing import AsyncIterator


class Pool:
    def __init__(self, size: int) -> None:
        self.free = [f"conn{i}" for i in range(size)]
        self.cond = asyncio.Condition()

    @asynccontextmanager
    async def acquire(self, who: str) -> AsyncIterator[str]:
        async with self.cond:
            await self.cond.wait_for(lambda: self.free)
            conn = self.free.pop(0)
        print(f"{who} acquired {conn}")
        try:
            yield conn
        finally:
            async with self.cond:
                self.free.append(conn)
                self.cond.notify()
            print(f"{who} released {conn}")


async def job(pool: Pool, who: str, work: float) -> None:
    async with pool.acquire(who) as conn:
        await asyncio.sleep(work)
        print(f"{who} used {conn} for {work}s")


async def main() -> None:
    pool = Pool(2)
    await asyncio.gather(
        job(pool, "A", 0.5),
        job(pool, "B", 0.2),
        job(pool, "C", 0.35),
        job(pool, "D", 0.1),
    )
    print("free connections:", pool.free)


asyncio.run(main())
