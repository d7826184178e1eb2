import asyncio


class FakeStream:
    def __init__(self) -> None:
        self.queue: asyncio.Queue[bytes] = asyncio.Queue()

    async def write(self, data: bytes) -> None:
        await asyncio.sleep(0.01)
        await self.queue.put(data)

    async def readline(self) -> bytes:
        return await self.queue.get()


async def handle_client(client_id: int, inbound: FakeStream, outbound: FakeStream) -> None:
    while True:
        line = await inbound.readline()
        if not line:
            print(f"server: client {client_id} disconnected")
            await outbound.write(b"")
            return
        text = line.decode().strip()
        reply = f"echo[{client_id}]: {text[::-1] if text.startswith('rev ') else text}\n"
        await outbound.write(reply.encode())


async def client(client_id: int, messages: list[str]) -> list[str]:
    to_server, from_server = FakeStream(), FakeStream()
    server = asyncio.create_task(handle_client(client_id, to_server, from_server))
    replies = []
    for msg in messages:
        await to_server.write((msg + "\n").encode())
        reply = await from_server.readline()
        replies.append(reply.decode().rstrip("\n"))
    await to_server.write(b"")
    assert await from_server.readline() == b""
    await server
    return replies


async def main() -> None:
    results = await asyncio.gather(
        client(1, ["hello", "rev stressed"]),
        client(2, ["ping", "ping", "bye"]),
    )
    for i, replies in enumerate(results, 1):
        for r in replies:
            print(f"client {i} got {r!r}")


asyncio.run(main())
