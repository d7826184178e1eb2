import asyncio
import inspect
from typing import Any, Callable, Awaitable, get_type_hints
from dataclasses import dataclass

@dataclass
class Settings:
    db_url: str = "sqlite://"

class Database:
    def __init__(self, settings: Settings) -> None:
        self.url = settings.db_url
        self.queries = 0
    async def fetch(self, q: str) -> list[str]:
        self.queries += 1
        await asyncio.sleep(0.01)
        return [f"{self.url}:{q}"]

class Container:
    def __init__(self) -> None:
        self._singletons: dict[type, Any] = {}
    def resolve(self, tp: type) -> Any:
        if tp in self._singletons:
            return self._singletons[tp]
        hints = get_type_hints(tp.__init__)
        deps = {n: self.resolve(t) for n, t in hints.items() if n != "return"}
        obj = tp(**deps)
        self._singletons[tp] = obj
        print(f"created {tp.__name__} with {sorted(deps)}")
        return obj
    async def call(self, fn: Callable[..., Awaitable[Any]], **given: Any) -> Any:
        sig = inspect.signature(fn)
        hints = get_type_hints(fn)
        kwargs = {}
        for name, p in sig.parameters.items():
            if name in given:
                kwargs[name] = given[name]
            elif name in hints and isinstance(hints[name], type) and hints[name] not in (int, str):
                kwargs[name] = self.resolve(hints[name])
            elif p.default is not inspect.Parameter.empty:
                kwargs[name] = p.default
            else:
                raise TypeError(f"cannot resolve parameter {name!r}")
        return await fn(**kwargs)

async def list_users(db: Database, limit: int = 10, q: str = "users") -> dict:
    rows = await db.fetch(f"{q} limit {limit}")
    return {"rows": rows, "queries": db.queries}

async def needs_id(user_id: int) -> int:
    return user_id

async def main() -> None:
    c = Container()
    print(await c.call(list_users))
    print(await c.call(list_users, limit=5))
    print(await c.call(needs_id, user_id=7))
    try:
        await c.call(needs_id)
    except TypeError as e:
        print(e)

asyncio.run(main())
