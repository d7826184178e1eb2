from contextlib import ExitStack, closing, contextmanager, nullcontext, suppress


class Resource:
    def __init__(self, name: str) -> None:
        self.name = name
        print(f"open {name}")

    def close(self) -> None:
        print(f"close {self.name}")


@contextmanager
def opened(name: str):
    r = Resource(name)
    try:
        yield r
    finally:
        r.close()


with ExitStack() as stack:
    files = [stack.enter_context(opened(f"part{i}.dat")) for i in range(3)]
    stack.callback(print, "all parts processed")
    print("working with", [f.name for f in files])

with suppress(FileNotFoundError, KeyError):
    print("looking up missing key...")
    {}["missing"]
print("suppressed and continued")

with closing(Resource("socket")) as s:
    print("using", s.name)

for verbose in (True, False):
    cm = opened("log.txt") if verbose else nullcontext(None)
    with cm as log:
        print("logging to", log.name if log else "nowhere")

try:
    with ExitStack() as stack:
        stack.enter_context(opened("a"))
        stack.enter_context(opened("b"))
        raise RuntimeError("boom")
except RuntimeError as e:
    print("caught", e)
