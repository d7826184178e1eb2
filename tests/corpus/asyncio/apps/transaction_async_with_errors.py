import asyncio
from contextlib import asynccontextmanager, suppress

class Transaction:
    def __init__(self, name: str) -> None:
        self.name = name
    async def __aenter__(self) -> "Transaction":
        await asyncio.sleep(0.01)
        print(f"BEGIN {self.name}")
        return self
    async def __aexit__(self, exc_type, exc, tb) -> bool:
        await asyncio.sleep(0.01)
        if exc_type is None:
            print(f"COMMIT {self.name}")
        else:
            print(f"ROLLBACK {self.name} ({exc_type.__name__}: {exc})")
        return exc_type is KeyError

async def main() -> None:
    async with Transaction("t1"):
        pass
    async with Transaction("t2"):
        raise KeyError("swallowed")
    print("after t2")
    with suppress(ValueError):
        async with Transaction("t3"):
            raise ValueError("not swallowed by tx")
    print("after t3")
    @asynccontextmanager
    async def broken():
        yield 1
        yield 2
    try:
        async with broken():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    @asynccontextmanager
    async def noyield():
        if False:
            yield
    try:
        async with noyield():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with Transaction("t4"):
        raise TypeError("unhandled")

asyncio.run(main())
