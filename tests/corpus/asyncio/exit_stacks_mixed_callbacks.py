# ExitStack and AsyncExitStack keep sync and async exit callbacks in one
# stack: callback()/push()/enter_context() work on an AsyncExitStack too,
# pop_all keeps the class, and non-managers get CPython's TypeError.
import asyncio
from contextlib import ExitStack, AsyncExitStack, contextmanager, asynccontextmanager

@contextmanager
def cm(n):
    print("enter", n)
    yield n
    print("exit", n)

class Suppress:
    def __exit__(self, et, ev, tb):
        print("suppressing", et.__name__ if et else None)
        return True

class ASuppress:
    async def __aexit__(self, et, ev, tb):
        print("async suppress", et.__name__ if et else None)
        return True

with ExitStack() as st:
    st.enter_context(cm(1))
    st.callback(print, "cb")
    st.push(Suppress())
    raise KeyError("x")
print("after sync")
with ExitStack() as st:
    st.enter_context(cm(2))
    later = st.pop_all()
print(type(later).__name__)
later.close()

async def main():
    async with AsyncExitStack() as st:
        st.enter_context(cm(3))
        st.push_async_exit(ASuppress())
        st.push(lambda *a: print("plain exit fn", a[0]))
        raise ValueError("y")
    print("after async")
    try:
        async with AsyncExitStack() as st:
            await st.enter_async_context(cm(4))
    except TypeError as e:
        print(e)
    try:
        with ExitStack() as st:
            st.enter_context(object())
    except TypeError as e:
        print(e)

asyncio.run(main())
