import asyncio


def check_sensor(name):
    raise OSError(f"sensor {name} offline")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.5, check_sensor, "temp")
    await asyncio.sleep(1)
    print("main still fine")


asyncio.run(main())
