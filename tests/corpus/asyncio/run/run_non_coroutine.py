import asyncio


async def main():
    return 1


try:
    asyncio.run(main)
except ValueError as e:
    print("ValueError:", str(e).split(" at 0x")[0])
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)
print(asyncio.run(main()))
