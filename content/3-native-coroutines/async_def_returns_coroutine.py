import asyncio
import inspect


async def greet(name):
    print(f"  greet({name!r}) is running")
    return f"hello, {name}"


coro = greet("ada")
print("calling greet() ran none of it:", type(coro).__name__)
print("state:", inspect.getcoroutinestate(coro))
print("is it awaitable?", inspect.isawaitable(coro))
coro.close()  # we will not run this one
print("state after close():", inspect.getcoroutinestate(coro))

print("asyncio.run() drives a fresh one to the end:")
result = asyncio.run(greet("grace"))
print("result:", result)
