import asyncio
import functools

calls = 0


def async_cache(ttl: float):
    def decorator(fn):
        cache: dict[tuple, tuple[float, object]] = {}
        inflight: dict[tuple, asyncio.Future] = {}

        @functools.wraps(fn)
        async def wrapper(*args):
            loop = asyncio.get_running_loop()
            now = loop.time()
            if args in cache and now - cache[args][0] < ttl:
                return cache[args][1]
            if args in inflight:
                return await inflight[args]
            fut = loop.create_future()
            inflight[args] = fut
            try:
                value = await fn(*args)
            finally:
                del inflight[args]
            cache[args] = (loop.time(), value)
            fut.set_result(value)
            return value

        return wrapper
    return decorator


@async_cache(ttl=1.0)
async def lookup_dns(host: str) -> str:
    global calls
    calls += 1
    await asyncio.sleep(0.3)
    return "10.0.0." + str(sum(map(ord, host)) % 250)


async def main() -> None:
    ips = await asyncio.gather(*(lookup_dns(h) for h in ["a.com", "b.org", "a.com", "a.com"]))
    print(ips, "calls:", calls)
    print(await lookup_dns("b.org"), "calls:", calls)
    await asyncio.sleep(1.2)
    print(await lookup_dns("a.com"), "calls:", calls)


asyncio.run(main())
