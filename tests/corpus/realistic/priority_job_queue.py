import asyncio

JOBS = [
    (3, "rebuild search index"),
    (1, "page on-call engineer"),
    (2, "send invoice emails"),
    (1, "restart payment service"),
    (5, "rotate logs"),
    (2, "refresh dashboards"),
]


async def dispatcher(queue: asyncio.PriorityQueue) -> None:
    for seq, (prio, job) in enumerate(JOBS):
        await queue.put((prio, seq, job))
    print(f"queued {queue.qsize()} jobs")


async def executor(name: str, queue: asyncio.PriorityQueue) -> None:
    while True:
        prio, seq, job = await queue.get()
        loop = asyncio.get_running_loop()
        print(f"{loop.time():.1f}s {name} starts P{prio} #{seq}: {job}")
        await asyncio.sleep(0.5 * prio)
        queue.task_done()


async def main() -> None:
    queue: asyncio.PriorityQueue[tuple[int, int, str]] = asyncio.PriorityQueue()
    await dispatcher(queue)
    workers = [asyncio.create_task(executor(f"exec{i}", queue)) for i in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    print(f"all jobs finished at {asyncio.get_running_loop().time():.1f}s")

    stack: asyncio.LifoQueue[str] = asyncio.LifoQueue()
    for page in ["home", "products", "product/42", "cart"]:
        stack.put_nowait(page)
    print("back button:", " <- ".join(stack.get_nowait() for _ in range(stack.qsize())))


asyncio.run(main())
