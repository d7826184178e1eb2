import asyncio


class Elevator:
    def __init__(self, floors: int) -> None:
        self.floor = 0
        self.floors = floors
        self.requests: asyncio.Queue[tuple[str, int, int]] = asyncio.Queue()
        self.log: list[str] = []

    async def move_to(self, target: int) -> None:
        while self.floor != target:
            await asyncio.sleep(0.3)
            self.floor += 1 if target > self.floor else -1
        self.log.append(f"{asyncio.get_running_loop().time():.1f}: at floor {self.floor}")

    async def run(self) -> None:
        while True:
            who, src, dst = await self.requests.get()
            await self.move_to(src)
            print(f"{who} boards at floor {src}")
            await asyncio.sleep(0.5)
            await self.move_to(dst)
            print(f"{who} exits at floor {dst}")
            self.requests.task_done()


async def passenger(elevator: Elevator, who: str, at: float, src: int, dst: int) -> None:
    await asyncio.sleep(at)
    print(f"{who} calls the elevator: {src} -> {dst}")
    await elevator.requests.put((who, src, dst))


async def main() -> None:
    elevator = Elevator(floors=6)
    runner = asyncio.create_task(elevator.run())
    await asyncio.gather(
        passenger(elevator, "Ann", 0.0, 0, 4),
        passenger(elevator, "Ben", 0.7, 2, 0),
        passenger(elevator, "Cat", 1.1, 5, 1),
    )
    await elevator.requests.join()
    runner.cancel()
    print("\n".join(elevator.log))


asyncio.run(main())
