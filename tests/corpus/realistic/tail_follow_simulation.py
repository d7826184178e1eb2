import itertools

# A "file" that grows as the program runs: each poll may append lines.
incoming = iter([
    [],
    ["INFO boot ok"],
    ["WARN fan speed high", "INFO user login: ana"],
    [],
    ["ERROR disk failure on sda", "INFO user login: bo"],
    ["ERROR disk failure on sdb"],
])
logfile: list[str] = []


def poll() -> bool:
    batch = next(incoming, None)
    if batch is None:
        return False
    logfile.extend(batch)
    return True


def follow(lines: list[str]):
    """Like `tail -f`: yield new lines as they appear, None while idle."""
    pos = len(lines)
    while True:
        if pos < len(lines):
            yield lines[pos]
            pos += 1
        else:
            if not poll():
                return
            yield None


def grep(pattern: str, source):
    for line in source:
        if line is None:
            print("  ...waiting")
        elif pattern in line:
            yield line


for n, line in zip(itertools.count(1), grep("ERROR", follow(logfile))):
    print(f"alert #{n}: {line}")
print(f"log has {len(logfile)} lines")
