import asyncio
import json
from dataclasses import dataclass, asdict
from enum import StrEnum

class Health(StrEnum):
    UP = "up"
    DOWN = "down"
    DEGRADED = "degraded"

@dataclass
class Check:
    name: str
    status: Health
    latency_ms: int
    error: str | None = None

async def probe(name: str, delay: float, fail: Exception | None = None) -> Check:
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        async with asyncio.timeout(0.5):
            await asyncio.sleep(delay)
            if fail:
                raise fail
        status = Health.DEGRADED if delay > 0.3 else Health.UP
        return Check(name, status, round((loop.time() - t0) * 1000))
    except TimeoutError:
        return Check(name, Health.DOWN, round((loop.time() - t0) * 1000), "timeout")
    except Exception as e:
        return Check(name, Health.DOWN, round((loop.time() - t0) * 1000), f"{type(e).__name__}: {e}")

async def main() -> None:
    checks = await asyncio.gather(
        probe("db", 0.1), probe("cache", 0.4), probe("queue", 2.0),
        probe("search", 0.2, ConnectionRefusedError(111, "Connection refused")))
    overall = Health.UP if all(c.status is Health.UP for c in checks) else Health.DEGRADED
    report = {"status": overall, "checks": [asdict(c) for c in checks]}
    print(json.dumps(report, indent=2))
    print(Health("down") is Health.DOWN, Health.UP.upper(), list(Health))

asyncio.run(main())
