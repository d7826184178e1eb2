# warnings.warn as programs use it: the default filters (a DeprecationWarning
# shows only when raised in __main__), once per place, stacklevel,
# filters, catch_warnings(record=True), and the "error" action.
import warnings


def old_api(x):
    warnings.warn("old_api() is deprecated; use new_api()", DeprecationWarning, stacklevel=2)
    return x * 2


def helper():
    warnings.warn("called helper")


print(old_api(1))
for _ in range(3):
    helper()
warnings.warn("careful", RuntimeWarning)
warnings.warn(UserWarning("an instance"))
warnings.warn("pending", PendingDeprecationWarning)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    helper()
    helper()
    old_api(2)
print(len(caught), [w.category.__name__ for w in caught], str(caught[0].message))
print(caught[0].filename, caught[0].lineno)
warnings.filterwarnings("ignore", message="care")
warnings.warn("careful again")
warnings.warn("not ignored")
warnings.simplefilter("error", RuntimeWarning)
try:
    warnings.warn("now an error", RuntimeWarning)
except RuntimeWarning as e:
    print("raised:", repr(e))
print("done")
warnings.warn("fatal", RuntimeWarning)
