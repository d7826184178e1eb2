import types


@types.coroutine
def wait_signal():
    return (yield "waiting")


async def handler():
    try:
        value = await wait_signal()
        print("got", value)
    except KeyError as e:
        print("handler caught KeyError", e)
        return "handled"


c = handler()
print(c.send(None))
try:
    c.throw(KeyError("missing"))
except StopIteration as e:
    print("returned", e.value)

c2 = handler()
c2.send(None)
try:
    c2.throw(ValueError("not handled"))
except ValueError as e:
    print("propagated", repr(e))
