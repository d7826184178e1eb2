def parse_number(text):
    value = int(text)
    yield value


def parse_all(texts):
    for t in texts:
        yield from parse_number(t)


for n in parse_all(["1", "2", "three"]):
    print("parsed", n)
