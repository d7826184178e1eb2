# CPython's argparse: help wrapped to 78 columns, choices and metavar
# tuples in usage, mutually exclusive groups, and the error messages.
import argparse
p = argparse.ArgumentParser(description="Count words in a text and report the most common ones, with a long description that wraps.", epilog="Have fun.")
p.add_argument("text", nargs="?", default="the cat the hat", help="text to analyse (default: %(default)s)")
p.add_argument("-t", "--top", type=int, default=3, metavar="N", help="show the N most common words; this help text is deliberately long so that it has to wrap onto another line")
p.add_argument("--case", choices=["keep", "lower"], default="lower", help="case handling")
p.add_argument("-q", "--quiet", action="count", default=0)
p.add_argument("--sep", nargs=2, metavar=("A", "B"))
p.add_argument("--tags", nargs="*", default=[])
g = p.add_mutually_exclusive_group()
g.add_argument("--json", action="store_true", help="emit json")
g.add_argument("--csv", action="store_true", help="emit csv")
p.print_help()
print(p.parse_args([]))
print(p.parse_args(["a b a", "-qq", "--top=5", "--tags", "x", "y", "--sep", "1", "2"]))
p.print_usage()
for bad in (["--top", "x"], ["--json", "--csv"], ["--case", "upper"], ["--nope"], ["--sep", "1"]):
    try:
        p.parse_args(bad)
    except SystemExit as e:
        print("exit", e.code)
