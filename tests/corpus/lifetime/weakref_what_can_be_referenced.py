# Which objects take a weak reference: slots must name __weakref__, builtin
# exceptions take none, builtin functions and futures do.
import weakref, asyncio
class S:
    __slots__ = ("a",)
class S2:
    __slots__ = ("a", "__weakref__")
for o in (S(), S2(), ValueError("x"), len, asyncio.Future, print):
    try:
        weakref.ref(o); print("ok", type(o).__name__)
    except TypeError as e:
        print(e)
