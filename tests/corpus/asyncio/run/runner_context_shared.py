# A Runner copies the context once, when it makes its loop: every run()
# sees what the earlier ones set in their ContextVars.
import asyncio
import contextvars

visits = contextvars.ContextVar("visits", default=0)


async def visit(label: str) -> str:
    visits.set(visits.get() + 1)
    await asyncio.sleep(0.1)
    return f"{label}: visit #{visits.get()}"


with asyncio.Runner() as runner:
    print(runner.run(visit("first")))
    print(runner.run(visit("second")))
    print(runner.run(visit("own context"), context=contextvars.Context()))
    print(runner.run(visit("third")))
print("outside:", visits.get())
