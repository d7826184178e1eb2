# A finished future shows its result through reprlib.repr, cut short as
# CPython's are.
import asyncio
async def ret(v):
    return v
async def main():
    for v in (list(range(10)), "x" * 50, {i: i for i in range(8)}, 10**50, (1, [2, [3, [4, [5, [6, [7]]]]]]), {1,2,3,4,5,6,7,8}, 1.5, None, b"y"*40):
        t = asyncio.create_task(ret(v))
        await t
        print(t)
    f = asyncio.get_running_loop().create_future()
    f.set_result(list(range(20)))
    print(f)
asyncio.run(main())
