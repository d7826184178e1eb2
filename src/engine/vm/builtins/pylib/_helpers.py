# Pieces of the builtins that are simplest to write in Python.


async def anext_default(it, default):
    try:
        return await type(it).__anext__(it)
    except StopAsyncIteration:
        return default
