import types


def legacy():
    value = yield "legacy yield"
    return f"legacy got {value}"


legacy_coro = types.coroutine(legacy)


async def modern():
    result = await legacy_coro()
    print(result)
    return "modern done"


m = modern()
print(m.send(None))
try:
    m.send("payload")
except StopIteration as e:
    print(e.value)
