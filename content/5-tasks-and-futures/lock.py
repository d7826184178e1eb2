import asyncio

balance = 0


async def deposit(amount, lock=None):
    global balance
    if lock:
        await lock.acquire()
    current = balance
    await asyncio.sleep(0.1)  # another task may run here
    balance = current + amount
    if lock:
        lock.release()


async def main():
    global balance
    await asyncio.gather(*(deposit(10) for _ in range(5)))
    print("without a lock:", balance, "(four deposits were lost)")

    balance = 0
    lock = asyncio.Lock()
    await asyncio.gather(*(deposit(10, lock) for _ in range(5)))
    print("with a lock:   ", balance)


asyncio.run(main())
