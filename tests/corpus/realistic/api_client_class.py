from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field


FAKE_DB = {
    1: {"name": "Ada", "posts": [101, 102]},
    2: {"name": "Linus", "posts": [201]},
    3: {"name": "Guido", "posts": []},
}
POSTS = {101: "On engines", 102: "Notes", 201: "Kernel news"}


@dataclass
class Response:
    status: int
    body: str

    def json(self) -> dict:
        return json.loads(self.body)


@dataclass
class ApiClient:
    base_url: str
    latency: float = 0.1
    requests_made: int = field(default=0, init=False)

    async def _get(self, path: str) -> Response:
        self.requests_made += 1
        await asyncio.sleep(self.latency)
        parts = path.strip("/").split("/")
        if parts[0] == "users" and int(parts[1]) in FAKE_DB:
            return Response(200, json.dumps(FAKE_DB[int(parts[1])]))
        if parts[0] == "posts" and int(parts[1]) in POSTS:
            return Response(200, json.dumps({"title": POSTS[int(parts[1])]}))
        return Response(404, json.dumps({"error": "not found"}))

    async def get_user(self, user_id: int) -> dict | None:
        resp = await self._get(f"/users/{user_id}")
        return resp.json() if resp.status == 200 else None

    async def get_user_with_posts(self, user_id: int) -> dict | None:
        user = await self.get_user(user_id)
        if user is None:
            return None
        titles = await asyncio.gather(*(self._get(f"/posts/{p}") for p in user["posts"]))
        user["titles"] = [r.json()["title"] for r in titles]
        return user


async def main() -> None:
    client = ApiClient("https://api.example.com")
    print(client)
    users = await asyncio.gather(*(client.get_user_with_posts(i) for i in (1, 2, 3, 4)))
    for u in users:
        if u is None:
            print("missing user")
        else:
            print(f"{u['name']:<6} {len(u['titles'])} posts: {', '.join(u['titles']) or '-'}")
    print(f"requests made: {client.requests_made}, elapsed {asyncio.get_running_loop().time():.1f}s")


asyncio.run(main())
