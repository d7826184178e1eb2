# Only a task created without a name takes a "Task-N" number: a name given
# to loop.create_task or Task() keeps the counter, while asyncio.create_task
# and TaskGroup.create_task create the task unnamed and rename it after.
import asyncio


async def job():
    await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    tasks = [
        loop.create_task(job(), name="by-loop"),
        loop.create_task(job()),
        asyncio.Task(job(), name="by-class"),
        asyncio.Task(job()),
        asyncio.create_task(job(), name="by-module"),
        asyncio.create_task(job()),
        loop.create_task(job(), name=None),
    ]
    async with asyncio.TaskGroup() as tg:
        tasks.append(tg.create_task(job(), name="by-group"))
        tasks.append(tg.create_task(job()))
    await asyncio.gather(*tasks)
    print([t.get_name() for t in tasks])


asyncio.run(main())
