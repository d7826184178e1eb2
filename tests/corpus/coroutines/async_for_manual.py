class AsyncRange:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i - 1


async def agen():
    yield "x"
    yield "y"


async def main():
    async for i in AsyncRange(3):
        print("range item", i)
    async for s in agen():
        print("agen item", s)
    squares = [i * i async for i in AsyncRange(4)]
    print(squares)
    return "done"


try:
    main().send(None)
except StopIteration as e:
    print(e.value)
