async def stream():
    try:
        for i in range(10):
            yield i
    finally:
        print("stream finally")


def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value


s = stream()
print(drive(s.__anext__()))
print(drive(s.__anext__()))
drive(s.aclose())
print("after aclose")
