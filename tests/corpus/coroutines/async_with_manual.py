class Connection:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print(f"open {self.name}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print(f"close {self.name} (exc={exc_type.__name__ if exc_type else None})")
        return exc_type is KeyError


async def main():
    async with Connection("db") as conn:
        print("using", conn.name)
    async with Connection("cache"):
        raise KeyError("swallowed")
    print("after swallowed error")
    async with Connection("api"):
        raise ValueError("not swallowed")


try:
    main().send(None)
except ValueError as e:
    print("ValueError escaped:", e)
