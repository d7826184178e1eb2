import asyncio


class Transaction:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0.1)
        print(f"BEGIN {self.name}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.1)
        print("ROLLBACK" if exc_type else "COMMIT", self.name)
        return False


async def main():
    async with Transaction("t1"):
        print("  insert row")
    try:
        async with Transaction("t2"):
            print("  insert bad row")
            raise ValueError("constraint violated")
    except ValueError as e:
        print("error:", e)


asyncio.run(main())
