import asyncio

balance = 100


async def withdraw_unsafe(amount):
    global balance
    current = balance
    await asyncio.sleep(0.01)
    balance = current - amount


async def withdraw_safe(lock, amount):
    global balance
    async with lock:
        current = balance
        await asyncio.sleep(0.01)
        balance = current - amount


async def main():
    global balance
    await asyncio.gather(*(withdraw_unsafe(10) for _ in range(5)))
    print("without a lock:", balance)
    balance = 100
    lock = asyncio.Lock()
    await asyncio.gather(*(withdraw_safe(lock, 10) for _ in range(5)))
    print("with a lock:", balance)


asyncio.run(main())
