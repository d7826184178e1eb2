import asyncio


class TrackedFuture(asyncio.Future):
    def set_result(self, result):
        print(f"TrackedFuture.set_result({result!r})")
        super().set_result(result)

    def __repr__(self):
        return f"<TrackedFuture done={self.done()}>"


async def main():
    loop = asyncio.get_running_loop()
    fut = TrackedFuture()
    print(fut, isinstance(fut, asyncio.Future), fut.get_loop() is loop)
    loop.call_later(0.2, fut.set_result, "tracked")
    print("awaiting", fut)
    print("result:", await fut, fut)


asyncio.run(main())
