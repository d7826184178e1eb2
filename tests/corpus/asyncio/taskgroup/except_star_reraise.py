import asyncio
import sys


async def boom(n):
    await asyncio.sleep(n / 10)
    if n % 2:
        raise ValueError(f"odd {n}")
    raise KeyError(n)


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(4):
                tg.create_task(boom(i))
    except* ValueError as eg:
        print("values", [str(e) for e in eg.exceptions], repr(sys.exc_info()[1]) == repr(eg))
    except* KeyError as eg:
        print("keys", sorted(e.args[0] for e in eg.exceptions))
    try:
        try:
            raise TypeError("t")
        except* TypeError:
            print("in handler", type(sys.exc_info()[1]).__name__)
            raise
    except BaseException as e:
        print("outer", repr(e))
    try:
        try:
            raise ExceptionGroup("two", [TypeError("a"), OSError("b")])
        except* TypeError:
            raise
        except* OSError as e:
            raise RuntimeError("new") from e
    except BaseException as e:
        print("outer2", repr(e), [repr(x) for x in e.exceptions])
    print(sys.exc_info())


asyncio.run(main())
