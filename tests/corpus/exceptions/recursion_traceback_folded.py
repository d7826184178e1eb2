# A runaway recursion: the traceback folds the repeated frames, and the
# depth at which it fails is CPython's.
def countdown(n):
    return countdown(n - 1) + 1


def safe(n):
    try:
        return countdown(n)
    except RecursionError as e:
        return f"gave up: {e}"


print(safe(10))
countdown(5)
