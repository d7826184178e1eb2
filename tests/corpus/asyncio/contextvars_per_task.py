import asyncio
import contextvars

request_id = contextvars.ContextVar('request_id', default='-')

def log(msg):
    print(f'[{request_id.get()}] {msg}')

async def handle(rid, delay):
    request_id.set(rid)
    log('start')
    await asyncio.sleep(delay)
    log('end')
    return rid

async def main():
    log('main begins')
    results = await asyncio.gather(handle('a', 0.2), handle('b', 0.1))
    log(f'main got {results}')
    token = request_id.set('main')
    log('set in main')
    t = asyncio.create_task(handle('c', 0))
    await t
    log('after task')
    request_id.reset(token)
    log('reset')
    ctx = contextvars.copy_context()
    print(ctx.run(lambda: request_id.get()), len(ctx), request_id in ctx)

asyncio.run(main())
v = contextvars.ContextVar('v')
try:
    v.get()
except LookupError:
    print('no value')
print(v.get(42))
