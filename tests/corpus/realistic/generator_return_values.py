def read_config(lines):
    """Yield (key, value) pairs; return the number of lines skipped."""
    skipped = 0
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            skipped += 1
            continue
        key, _, value = line.partition("=")
        yield key.strip(), value.strip()
    return skipped


def load(lines):
    settings = {}
    skipped = yield from read_config(lines)
    yield ("__skipped__", skipped)
    return settings


text = """
# database settings
host = db.internal
port = 5432

# feature flags
beta = yes
"""

gen = read_config(text.splitlines())
pairs = []
while True:
    try:
        pairs.append(next(gen))
    except StopIteration as stop:
        print("skipped lines:", stop.value)
        break
print(pairs)
print(dict(load(text.splitlines())))


def echo_until_blank():
    received = []
    while (msg := (yield len(received))):
        received.append(msg.upper())
    return received


e = echo_until_blank()
print(next(e), e.send("hi"), e.send("there"))
try:
    e.send("")
except StopIteration as stop:
    print("result:", stop.value)
