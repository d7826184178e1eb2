# SystemExit.code seen by a handler: None with no argument, the argument
# itself with one, the whole tuple with several.
import sys

for make in (lambda: sys.exit(), lambda: sys.exit(None), lambda: sys.exit(4),
             lambda: sys.exit("msg"), lambda: SystemExit(1, 2), lambda: SystemExit()):
    try:
        e = make()
        raise e
    except SystemExit as exc:
        print(repr(exc.code), exc.args)
for make in (lambda: sys.exit((7, 8)), lambda: sys.exit((9,)), lambda: exit(), lambda: exit(None), lambda: quit((1, 2))):
    try:
        make()
    except SystemExit as exc:
        print(repr(exc.code), exc.args)
try:
    sys.exit(1, 2)
except TypeError as e:
    print(e)
