# io's abstract bases: StringIO is a TextIOBase, and registering IOBase
# with an ABC makes every stream an instance of it.
import io
from abc import ABC, abstractmethod


class Stream(ABC):
    @abstractmethod
    def read(self, n=-1):
        ...


Stream.register(io.IOBase)
buf = io.StringIO("hello")
print(isinstance(buf, io.IOBase), isinstance(buf, io.TextIOBase))
print(isinstance(buf, io.BufferedIOBase), isinstance(buf, Stream))
print(issubclass(io.TextIOBase, io.IOBase), isinstance([], Stream))
