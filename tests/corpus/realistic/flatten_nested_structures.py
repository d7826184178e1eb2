from collections.abc import Iterable, Mapping


def flatten(items, ignore_types=(str, bytes)):
    for x in items:
        if isinstance(x, Iterable) and not isinstance(x, ignore_types):
            yield from flatten(x)
        else:
            yield x


def walk(obj, path=""):
    """Yield (path, value) for every leaf of a JSON-like structure."""
    if isinstance(obj, Mapping):
        for k, v in obj.items():
            yield from walk(v, f"{path}.{k}" if path else k)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from walk(v, f"{path}[{i}]")
    else:
        yield path, obj


nested = [1, [2, [3, 4], 5], "six", (7, [8, [9]]), b"ten", []]
print(list(flatten(nested)))
print(sum(x for x in flatten(nested) if isinstance(x, int)))

config = {
    "server": {"host": "localhost", "ports": [8080, 8443]},
    "debug": False,
    "users": [{"name": "root", "roles": ["admin"]}, {"name": "guest", "roles": []}],
}
for path, value in walk(config):
    print(f"{path:<20} = {value!r}")
