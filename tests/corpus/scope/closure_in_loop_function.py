def make_handlers(names):
    handlers = {}
    for name in names:
        def handler(event, name=name):
            return f"{name} handles {event}"

        handlers[name] = handler
    return handlers


hs = make_handlers(["click", "key"])
print(hs["click"]("e1"))
print(hs["key"]("e2"))


def counter_factory():
    counters = []
    for i in range(3):
        def counter(i=i):
            return i * 100
        counters.append(counter)
    return counters


print([c() for c in counter_factory()])
