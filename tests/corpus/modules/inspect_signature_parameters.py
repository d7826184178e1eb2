import inspect
from typing import Optional, List
def f(a, /, b: int = 2, *args: str, c, d: Optional[int] = None, **kw) -> List[int]: pass
def g(x, y=1): pass
async def h(*, key: str) -> None: pass
class K:
    def __init__(self, name: str, size: int = 0): pass
    def m(self, q: list[int]) -> dict: pass
for fn in (f, g, h, K, K().m):
    s = inspect.signature(fn)
    print(s, list(s.parameters), s.return_annotation is inspect.Signature.empty)
p = inspect.signature(f).parameters["b"]
print(p, p.kind, p.default, p.annotation, repr(p), p.kind.description, str(p.kind))
print([(n, str(q.kind)) for n, q in inspect.signature(f).parameters.items()])
print(f.__code__.co_flags & 12, g.__code__.co_flags & 12)
