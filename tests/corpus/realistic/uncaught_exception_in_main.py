import asyncio


class ConfigError(Exception):
    pass


async def load_config(name: str) -> dict[str, str]:
    await asyncio.sleep(0.1)
    if not name.endswith(".toml"):
        raise ConfigError(f"unsupported config format: {name}")
    return {"name": name}


async def main() -> None:
    cfg = await load_config("app.toml")
    print("loaded", cfg)
    cfg = await load_config("app.yaml")
    print("never printed", cfg)


asyncio.run(main())
