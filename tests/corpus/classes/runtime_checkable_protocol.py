# typing.Protocol with @runtime_checkable: isinstance and issubclass check
# the members by structure; without the decorator they are a TypeError.
from typing import Protocol, runtime_checkable


@runtime_checkable
class SupportsClose(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class Named(Protocol):
    name: str

    def greet(self) -> str: ...


class Resource:
    def close(self):
        print('closed')


class Person:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return f'hi {self.name}'


class NotClosable:
    close = None


class Explicit(SupportsClose):
    pass


print(isinstance(Resource(), SupportsClose), isinstance(1, SupportsClose))
print(issubclass(Resource, SupportsClose), issubclass(str, SupportsClose))
print(isinstance(NotClosable(), SupportsClose), isinstance(Explicit(), SupportsClose))
print(isinstance(Person('ann'), Named), isinstance(Resource(), Named))
try:
    issubclass(Person, Named)
except TypeError as e:
    print(e)


class Plain(Protocol):
    def run(self): ...


try:
    isinstance(Resource(), Plain)
except TypeError as e:
    print(e)
try:
    runtime_checkable(Resource)
except TypeError as e:
    print(str(e).split(' got ')[0])
