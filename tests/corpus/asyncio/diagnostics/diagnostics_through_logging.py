# asyncio reports through the "asyncio" logger: with logging set up to
# write to stdout in its own format, "Task exception was never
# retrieved" comes out formatted there; a level on that logger hides it.
import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format="%(levelname)s %(name)s: %(message)s")


async def crash(n: int) -> None:
    await asyncio.sleep(0.1)
    raise RuntimeError(f"worker {n} crashed")


async def main() -> None:
    logging.getLogger("app").info("starting")
    asyncio.create_task(crash(1))
    await asyncio.sleep(0.5)
    logging.getLogger("asyncio").setLevel(logging.CRITICAL)
    asyncio.create_task(crash(2))
    await asyncio.sleep(0.5)
    logging.getLogger("app").info("done")


asyncio.run(main())
