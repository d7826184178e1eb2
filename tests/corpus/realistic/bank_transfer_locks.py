import asyncio
from dataclasses import dataclass, field


@dataclass
class Account:
    owner: str
    balance: int
    lock: asyncio.Lock = field(default_factory=asyncio.Lock, repr=False)


class InsufficientFunds(Exception):
    pass


async def transfer(src: Account, dst: Account, amount: int) -> None:
    first, second = sorted([src, dst], key=lambda a: a.owner)
    async with first.lock:
        await asyncio.sleep(0.01)
        async with second.lock:
            if src.balance < amount:
                raise InsufficientFunds(f"{src.owner} has {src.balance}, needs {amount}")
            src.balance -= amount
            await asyncio.sleep(0.01)
            dst.balance += amount
            print(f"moved {amount:>4} from {src.owner} to {dst.owner}")


async def main() -> None:
    alice, bob, carol = Account("alice", 500), Account("bob", 300), Account("carol", 50)
    transfers = [
        (alice, bob, 200), (bob, alice, 100), (carol, alice, 80),
        (bob, carol, 150), (alice, carol, 50), (carol, bob, 120),
    ]
    results = await asyncio.gather(*(transfer(*t) for t in transfers), return_exceptions=True)
    for (s, d, amt), r in zip(transfers, results):
        if isinstance(r, Exception):
            print(f"FAILED {s.owner}->{d.owner} {amt}: {r}")
    for acct in (alice, bob, carol):
        print(acct)
    print("total money:", sum(a.balance for a in (alice, bob, carol)))


asyncio.run(main())
