import asyncio


async def save_to_db():
    await asyncio.sleep(1)
    print(f"saved at {asyncio.get_running_loop().time():.1f}")
    return "saved"


async def handler(task):
    try:
        return await asyncio.shield(task)
    except asyncio.CancelledError:
        print("handler cancelled, but the save continues")
        raise


async def main():
    save = asyncio.create_task(save_to_db())
    h = asyncio.create_task(handler(save))
    await asyncio.sleep(0.3)
    h.cancel()
    await asyncio.gather(h, return_exceptions=True)
    print("handler cancelled:", h.cancelled(), "save done:", save.done())
    print("save result:", await save)


asyncio.run(main())
