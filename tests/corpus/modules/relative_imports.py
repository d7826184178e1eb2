# Relative imports inside a package of the program's folder: `from .sub`,
# `from . import`, `from ..sub` one package up, and their errors (in the
# main program, and past the top-level package).
import relpkg
import relpkg.inner

print(relpkg.thing, relpkg.sub.thing, relpkg.inner.VALUE)
print(relpkg.inner.leaf.__name__, relpkg.__name__)
try:
    from . import relpkg as again
except ImportError as e:
    print("ImportError:", e)
