# collections.abc's protocol classes recognise builtin iterator and
# generator types by their methods, and classes that implement the whole
# generator or coroutine protocol by hand.
import collections.abc as abc
import types

builtin = {
    "generator": types.GeneratorType,
    "coroutine": types.CoroutineType,
    "list_iterator": type(iter([])),
    "zip": zip,
    "map": map,
    "function": types.FunctionType,
}
for name in ["Iterable", "Iterator", "Generator", "Coroutine", "Awaitable", "Callable"]:
    abc_cls = getattr(abc, name)
    print(f"{name:10}", [k for k, t in builtin.items() if issubclass(t, abc_cls)])


class Ticker:
    def __iter__(self):
        return self

    def __next__(self):
        return 1

    def send(self, value):
        return value

    def throw(self, *exc):
        raise exc[0]

    def close(self):
        pass


print(issubclass(Ticker, abc.Generator), isinstance(Ticker(), abc.Generator))
print(isinstance(Ticker(), abc.Coroutine), isinstance(iter([]), abc.Generator))
