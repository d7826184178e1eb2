# Subcommands with aliases, version and help actions, defaults in help,
# raw descriptions and REMAINDER, as CPython's argparse prints them.
import argparse
p = argparse.ArgumentParser(prog="todo", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p.add_argument("--version", action="version", version="%(prog)s 1.0")
p.add_argument("--db", default="todo.json", help="database file")
p.add_argument("--secret", help=argparse.SUPPRESS)
sub = p.add_subparsers(dest="cmd", required=True, help="command to run")
a = sub.add_parser("add", help="add a task")
a.add_argument("title")
a.add_argument("-p", "--priority", type=int, choices=range(1, 4), default=2)
l = sub.add_parser("list", help="list tasks", aliases=["ls"])
l.add_argument("--done", action="store_true")
print(p.parse_args(["add", "buy milk", "-p", "3"]))
print(p.parse_args(["ls", "--done"]))
print(p.parse_known_args(["list", "--extra", "x"]))
p.print_help()
a.print_help()
for bad in ([], ["add"], ["add", "x", "-p", "9"], ["rm"], ["--version"], ["-h"], ["add", "t", "-p", "2.5"]):
    try:
        p.parse_args(bad)
    except SystemExit as e:
        print("exit", e.code)
r = argparse.ArgumentParser(formatter_class=argparse.RawDescriptionHelpFormatter, description="line one\n  indented line\nline three")
r.add_argument("-x", type=float, required=True)
r.add_argument("rest", nargs=argparse.REMAINDER)
r.print_help()
print(r.parse_args(["-x", "1.5", "a", "-b"]))
ns = argparse.Namespace(a=1); print(ns, "a" in ns, ns == argparse.Namespace(a=1))
try:
    r.parse_args([])
except SystemExit as e:
    print("exit", e.code)
