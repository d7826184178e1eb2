import asyncio


class ApiError(Exception):
    def __init__(self, code: int, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code


async def get_user(user_id: int) -> dict[str, str | int]:
    await asyncio.sleep(0.1 * user_id)
    if user_id == 3:
        raise ApiError(404, f"user {user_id} not found")
    if user_id == 5:
        raise ValueError("bad id")
    return {"id": user_id, "name": f"user{user_id}"}


async def main() -> None:
    results = await asyncio.gather(*(get_user(i) for i in range(1, 7)), return_exceptions=True)
    ok = [r for r in results if not isinstance(r, Exception)]
    failed = [r for r in results if isinstance(r, Exception)]
    for i, r in enumerate(results, start=1):
        status = "ERR" if isinstance(r, Exception) else "OK "
        print(f"{status} {i}: {r!r}")
    print(f"{len(ok)} succeeded, {len(failed)} failed")
    codes = [getattr(e, "code", None) for e in failed]
    print("error codes:", codes)

    try:
        await asyncio.gather(get_user(1), get_user(3), get_user(2))
    except ApiError as e:
        print("without return_exceptions:", e, "| code", e.code)


asyncio.run(main())
