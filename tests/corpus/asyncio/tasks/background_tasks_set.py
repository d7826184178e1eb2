import asyncio

background_tasks = set()


async def send_email(to):
    await asyncio.sleep(0.1 * len(to))
    print(f"email sent to {to}")


async def main():
    for to in ["ann", "bob", "carolyn"]:
        task = asyncio.create_task(send_email(to))
        background_tasks.add(task)
        task.add_done_callback(background_tasks.discard)
    print("pending:", len(background_tasks))
    await asyncio.sleep(0.35)
    print("pending:", len(background_tasks))
    await asyncio.sleep(0.5)
    print("pending:", len(background_tasks))


asyncio.run(main())
