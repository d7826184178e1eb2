from typing import (Sized, Iterable, List, Dict, Optional, Union, Any, Callable, Mapping, Literal,
                    Sequence, Awaitable, Type, Tuple, AsyncIterator, Hashable)
import asyncio
async def co(): pass
c = co()
for v in [[], {}, "s", 3, None, (1,), len, c]:
    print(type(v).__name__, [isinstance(v, t) for t in (Sized, Iterable, List, Dict, Mapping, Sequence, Callable, Awaitable, Tuple, Hashable)],
          isinstance(v, Optional[int]), isinstance(v, Union[str, list]), isinstance(v, (Dict, int)))
c.close()
print(issubclass(list, Sequence), issubclass(dict, Iterable), issubclass(int, Optional[int]), issubclass(List, Sized))
for bad in [lambda: isinstance(1, Any), lambda: isinstance(1, List[int]), lambda: isinstance(1, Literal[1]),
            lambda: issubclass(int, Union), lambda: isinstance(1, Optional), lambda: Optional[int](), lambda: Union[int, str](3),
            lambda: isinstance(3, Optional[List[int]]), lambda: issubclass(int, Any)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
