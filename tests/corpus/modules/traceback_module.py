import sys
import traceback


def inner(d):
    return d['key']


def outer():
    return inner({})


try:
    outer()
except KeyError:
    text = traceback.format_exc()
    print(text.splitlines()[0])
    print(text.splitlines()[-1])
    print(len(text.splitlines()) > 3)
    traceback.print_exc()

try:
    raise ValueError('bad value')
except ValueError as e:
    print(traceback.format_exception_only(type(e), e))
    print(''.join(traceback.format_exception(e)).splitlines()[-1])
    traceback.print_exception(e, file=sys.stdout)
print(traceback.format_exc())
