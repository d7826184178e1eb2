import asyncio


async def light(event):
    for state in ["green", "red", "green"]:
        await asyncio.sleep(1)
        if state == "green":
            event.set()
        else:
            event.clear()
        print(f"light is {state} at {asyncio.get_running_loop().time():.0f}")


async def car(name, event, arrive):
    await asyncio.sleep(arrive)
    print(f"{name} arrives at {asyncio.get_running_loop().time():.1f}")
    await event.wait()
    print(f"{name} drives at {asyncio.get_running_loop().time():.1f}")


async def main():
    event = asyncio.Event()
    await asyncio.gather(light(event), car("car1", event, 0.5), car("car2", event, 1.5), car("car3", event, 2.5))


asyncio.run(main())
