import asyncio


class FakeDatabase:
    def __init__(self) -> None:
        self.rows: dict[str, int] = {"widgets": 10, "gadgets": 4}

    async def execute(self, sql: str) -> None:
        await asyncio.sleep(0.05)
        print(f"    SQL: {sql}")


class Transaction:
    def __init__(self, db: FakeDatabase) -> None:
        self.db = db
        self.snapshot: dict[str, int] = {}

    async def __aenter__(self) -> FakeDatabase:
        await self.db.execute("BEGIN")
        self.snapshot = dict(self.db.rows)
        return self.db

    async def __aexit__(self, exc_type, exc, tb) -> bool:
        if exc_type is None:
            await self.db.execute("COMMIT")
        else:
            self.db.rows = self.snapshot
            await self.db.execute(f"ROLLBACK  -- {exc_type.__name__}: {exc}")
        return exc_type is ValueError  # swallow validation errors only


async def sell(db: FakeDatabase, item: str, qty: int) -> None:
    async with Transaction(db) as tx:
        tx.rows[item] -= qty
        await tx.execute(f"UPDATE stock SET qty = qty - {qty} WHERE item = '{item}'")
        if tx.rows[item] < 0:
            raise ValueError(f"not enough {item}")
    print(f"  after sell({item!r}, {qty}): {db.rows}")


async def main() -> None:
    db = FakeDatabase()
    await sell(db, "widgets", 3)
    await sell(db, "gadgets", 9)
    try:
        await sell(db, "gizmos", 1)
    except KeyError as e:
        print("  unknown item:", e)
    print("final:", db.rows)


asyncio.run(main())
