import asyncio


def callback(name, loop, depth):
    print(f"  run {name}")
    if depth > 0:
        # Scheduled now, but it waits for the NEXT pass of the loop: each
        # pass runs only what was in the ready queue when it began.
        loop.call_soon(callback, name + "'", loop, depth - 1)


def mark(pass_number, loop):
    print(f"-- pass {pass_number} --")
    if pass_number < 3:
        loop.call_soon(mark, pass_number + 1, loop)


loop = asyncio.new_event_loop()
loop.call_soon(mark, 1, loop)
loop.call_soon(callback, "A", loop, 2)
loop.call_soon(callback, "B", loop, 1)
loop.call_later(0.1, loop.stop)
loop.run_forever()
loop.close()
print("stopped")
