# The interpreter's own reports go to sys.stderr as the program left it:
# a never-awaited warning and a task exception never retrieved land in a
# StringIO, then on stdout, and the final traceback too.
import asyncio
import io
import sys


async def send(n):
    await asyncio.sleep(0)


async def crash():
    raise ValueError("lost")


async def main():
    captured = io.StringIO()
    sys.stderr = captured
    send(1)
    asyncio.create_task(crash())
    await asyncio.sleep(0.1)
    sys.stderr = sys.__stderr__
    print("captured lines:", len(captured.getvalue().splitlines()))
    print(captured.getvalue().splitlines()[0])
    sys.stderr = sys.stdout
    send(2)
    await asyncio.sleep(0)


def finish():
    raise KeyError("uncaught, printed on stdout")


asyncio.run(main())
finish()
