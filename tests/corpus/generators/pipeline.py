LOG = """\
INFO start
ERROR disk full
INFO retry
ERROR network down
WARN slow
ERROR disk full"""


def read_lines(text):
    for line in text.splitlines():
        print(f"  read: {line}")
        yield line


def grep(pattern, lines):
    for line in lines:
        if pattern in line:
            yield line


def strip_level(lines):
    for line in lines:
        yield line.split(" ", 1)[1]


errors = strip_level(grep("ERROR", read_lines(LOG)))
print("pipeline built, nothing read yet")
for msg in errors:
    print("error:", msg)
