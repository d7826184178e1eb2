import asyncio


async def wait_for_signal(name, fut):
    value = await fut
    print(f"{name} received {value}")


async def main():
    loop = asyncio.get_running_loop()
    signal = loop.create_future()
    tasks = [asyncio.create_task(wait_for_signal(f"listener{i}", signal)) for i in range(3)]
    await asyncio.sleep(0.1)
    signal.set_result("GO")
    await asyncio.gather(*tasks)


asyncio.run(main())
