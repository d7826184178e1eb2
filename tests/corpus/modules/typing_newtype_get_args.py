from typing import NewType, get_args, get_origin, List, Dict, Union, Optional, Callable, Literal, Text, AnyStr, Hashable, Sized, ParamSpec, TypeVar, assert_never
import typing
UserId = NewType("UserId", int)
u = UserId(5)
print(u, type(u), UserId, UserId.__supertype__, UserId.__name__)
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(list[int]), get_args(int | str), get_origin(Union[int, str]), get_args(Optional[int]))
print(get_args(Callable[[int], str]), get_origin(Literal[1]), get_args(Literal[1, 2]), get_origin(int), get_args(int))
print(Text, AnyStr, Hashable, typing.Sized)
P = ParamSpec("P")
print(P, P.args, P.kwargs)
def check(x: int):
    if isinstance(x, int):
        return "int"
    assert_never(x)
print(check(1))
try:
    assert_never("zzz")
except AssertionError as e:
    print(e)
