import asyncio


async def load_config(path):
    await asyncio.sleep(0.1)
    raise FileNotFoundError(f"no such file: {path}")


async def main():
    print("starting")
    config = await load_config("settings.toml")
    print(config)


asyncio.run(main())
