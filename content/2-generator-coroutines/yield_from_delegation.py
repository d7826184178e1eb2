def tally(label):
    """A subgenerator: adds up what it is sent until it gets None."""
    total = 0
    while True:
        value = yield
        if value is None:
            return total  # becomes the value of `yield from`
        print(f"    {label} += {value}")
        total += value


def report():
    results = {}
    for label in ["apples", "pears"]:
        # Everything sent to report() goes straight to the subgenerator.
        results[label] = yield from tally(label)
        print(f"  {label} done: {results[label]}")
    return results


gen = report()
next(gen)
for value in [3, 4, None, 10, 2, 5, None]:
    print("send", value)
    try:
        gen.send(value)
    except StopIteration as stop:
        print("report returned", stop.value)
