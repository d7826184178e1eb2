import asyncio


async def main():
    await asyncio.sleep(0.1)
    return {"status": "ok", "items": 3}


result = asyncio.run(main())
print("asyncio.run returned", result)
