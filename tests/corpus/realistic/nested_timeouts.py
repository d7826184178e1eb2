import asyncio


async def step(name: str, seconds: float) -> str:
    await asyncio.sleep(seconds)
    return name


async def run_job(budget: float, step_limit: float, steps: list[tuple[str, float]]) -> list[str]:
    done: list[str] = []
    try:
        async with asyncio.timeout(budget):
            for name, secs in steps:
                try:
                    async with asyncio.timeout(step_limit):
                        done.append(await step(name, secs))
                except TimeoutError:
                    print(f"  step {name!r} exceeded {step_limit}s, skipping")
    except TimeoutError:
        print(f"  job budget of {budget}s exhausted")
    return done


async def main() -> None:
    steps = [("extract", 0.4), ("transform", 1.2), ("validate", 0.3), ("load", 0.9), ("report", 0.2)]
    print("run 1:", await run_job(5.0, 1.0, steps))
    print("run 2:", await run_job(2.0, 1.0, steps))
    print(f"total time: {asyncio.get_running_loop().time():.1f}s")


asyncio.run(main())
