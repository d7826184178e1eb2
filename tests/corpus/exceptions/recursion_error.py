import sys


def countdown(n):
    return countdown(n - 1)


print(sys.getrecursionlimit())
try:
    countdown(10)
except RecursionError as e:
    print("RecursionError:", e)
