import asyncio


async def notify(user):
    print(f"notifying {user}")


async def main():
    notify("ann")
    print("main continues")
    await notify("bob")
    print("main end")


asyncio.run(main())
