import asyncio


async def leaf(path: str, cost: float) -> int:
    await asyncio.sleep(cost)
    size = len(path) * 10
    print(f"{'  ' * path.count('/')}scanned {path} ({size} bytes)")
    return size


async def directory(path: str, tree: dict) -> int:
    jobs = []
    for name, sub in tree.items():
        child = f"{path}/{name}"
        if isinstance(sub, dict):
            jobs.append(asyncio.create_task(directory(child, sub)))
        else:
            jobs.append(asyncio.create_task(leaf(child, sub)))
    sizes = await asyncio.gather(*jobs)
    total = sum(sizes)
    print(f"{'  ' * path.count('/')}{path or '/'}: {total} bytes total")
    return total


TREE = {
    "docs": {"intro.md": 0.3, "api.md": 0.15},
    "src": {"main.py": 0.2, "util": {"io.py": 0.05, "net.py": 0.4}},
    "README": 0.1,
}


async def main() -> None:
    total = await directory("", TREE)
    print("grand total:", total)


asyncio.run(main())
