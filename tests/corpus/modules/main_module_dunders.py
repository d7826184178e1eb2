"""Grade book.

A script's docstring is its module's __doc__.
"""
import builtins

GRADES = {"ann": 91, "bob": 78}


def usage():
    print(__doc__.strip().splitlines()[0])


usage()
print(dir())
print([k for k in globals()][:9])
print(__builtins__ is builtins, __builtins__.len is len, __package__, __spec__, __cached__)
print(__name__, usage.__doc__, type(__doc__).__name__)
