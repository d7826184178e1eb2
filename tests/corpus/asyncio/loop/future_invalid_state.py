import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        fut.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    fut.set_result(1)
    try:
        fut.set_result(2)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        fut.set_exception(StopIteration())
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f2 = loop.create_future()
    try:
        f2.set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)
    print("cancel a done future:", fut.cancel())


asyncio.run(main())
