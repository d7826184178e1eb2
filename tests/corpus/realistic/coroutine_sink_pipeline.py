import functools


def coroutine(func):
    @functools.wraps(func)
    def primer(*args, **kwargs):
        gen = func(*args, **kwargs)
        next(gen)
        return gen
    return primer


@coroutine
def parse_csv(target):
    while True:
        line = yield
        target.send(line.split(","))


@coroutine
def filter_on(field, value, target):
    while True:
        row = yield
        if row[field] == value:
            target.send(row)


@coroutine
def to_dict(columns, target):
    while True:
        row = yield
        target.send(dict(zip(columns, row)))


@coroutine
def collect(store):
    try:
        while True:
            store.append((yield))
    except GeneratorExit:
        print(f"collect: closed with {len(store)} items")


trips = [
    "22,Clark,1/1/2001,Bus",
    "8,Halsted,1/1/2001,Bus",
    "22,Clark,1/2/2001,Train",
    "36,Broadway,1/2/2001,Bus",
    "22,Clark,1/3/2001,Bus",
]
found = []
sink = collect(found)
pipeline = parse_csv(filter_on(1, "Clark", to_dict(["route", "street", "date", "mode"], sink)))
for line in trips:
    pipeline.send(line)
sink.close()
for row in found:
    print(row)
print(parse_csv.__name__, "wraps", parse_csv.__wrapped__.__name__)
