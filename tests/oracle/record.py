#!/usr/bin/env python3
"""(Re)record the expected output of corpus programs with the oracle.

    python3 tests/oracle/record.py                 # every tests/corpus/**/*.py
    python3 tests/oracle/record.py tests/corpus/asyncio tests/corpus/basics/loops.py
    python3 tests/oracle/record.py --check         # verify, write nothing
    python3 tests/oracle/record.py content         # the page's scenarios

Any program or folder can be named, not only the corpus: the scenarios in
content/ are recorded the same way (see content/README.md).

For each program NAME.py it writes, next to it:

    NAME.out   exact stdout bytes
    NAME.err   stderr, normalised by the oracle (may be empty)
    NAME.code  exit code, as a decimal number and a newline

Each program is run twice; if the two runs differ the program is reported as
nondeterministic and nothing is written for it. A program whose stdout
contains a memory address (`0x...`) is refused too, and so is an asyncio
program in which two timers with (nearly) equal deadlines fire in an order
that real CPython does not guarantee (a third run with the oracle's
--race-report; see RaceChecker in oracle.py): change the program. Expected
output is never written by hand.

Exit status: 0 if everything was recorded (or, with --check, is up to date),
1 otherwise.
"""

import concurrent.futures
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ORACLE = os.path.join(HERE, "oracle.py")
CORPUS = os.path.normpath(os.path.join(HERE, "..", "corpus"))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
TIMEOUT = 60
ADDRESS = re.compile(rb"0x[0-9a-fA-F]{6,}")


def find_programs(paths):
    found = []
    for path in paths or [CORPUS]:
        path = os.path.abspath(path)
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs.sort()
                found += [os.path.join(root, f) for f in sorted(files) if f.endswith(".py")]
        elif path.endswith(".py") and os.path.isfile(path):
            found.append(path)
        else:
            sys.exit(f"record: not a program or folder: {path}")
    return found


def run_oracle(program, *options):
    proc = subprocess.run(
        [sys.executable, ORACLE, *options, program],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=TIMEOUT,
    )
    return proc.stdout, proc.stderr, f"{proc.returncode}\n".encode()


def expected_paths(program):
    base = program[:-3]
    return base + ".out", base + ".err", base + ".code"


def races(program):
    """Racy timer pairs the oracle reports for an asyncio program."""
    with open(program, encoding="utf-8") as f:
        if "asyncio" not in f.read():
            return []
    with tempfile.TemporaryDirectory() as tmp:
        report = os.path.join(tmp, "races.txt")
        run_oracle(program, "--race-report", report)
        if not os.path.exists(report):
            return []
        with open(report) as f:
            return f.read().splitlines()


def record(program, check):
    """Returns (program, problem or None, changed?)."""
    try:
        first = run_oracle(program)
        second = run_oracle(program)
        racy = races(program)
    except subprocess.TimeoutExpired:
        return program, f"timed out after {TIMEOUT} s", False
    if racy:
        return program, "timer order not guaranteed by CPython:\n  " + "\n  ".join(racy), False
    if first != second:
        which = [n for n, a, b in zip(("stdout", "stderr", "exit code"), first, second) if a != b]
        return program, "nondeterministic " + "/".join(which), False
    if ADDRESS.search(first[0]):
        return program, "stdout contains a memory address (0x...)", False
    changed = False
    for path, data in zip(expected_paths(program), first):
        try:
            with open(path, "rb") as f:
                old = f.read()
        except FileNotFoundError:
            old = None
        if old != data:
            changed = True
            if not check:
                with open(path, "wb") as f:
                    f.write(data)
    if check and changed:
        return program, "recording is out of date", True
    return program, None, changed


def display_name(program):
    """Corpus programs as before (`basics/x.py`), others from the repo root."""
    for root in (CORPUS, REPO):
        if os.path.commonpath([program, root]) == root:
            return os.path.relpath(program, root)
    return program


def main(argv):
    check = "--check" in argv
    paths = [a for a in argv if a != "--check"]
    programs = find_programs(paths)
    problems = 0
    changed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for program, problem, was_changed in pool.map(lambda p: record(p, check), programs):
            rel = display_name(program)
            if problem:
                problems += 1
                print(f"{rel}: {problem}")
            elif was_changed:
                changed += 1
                print(f"{rel}: recorded")
    verb = "out of date" if check else "re-recorded"
    print(f"{len(programs)} programs, {changed} {verb}, {problems} with problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
