def first_of_each(iterables):
    for it in iterables:
        iterator = iter(it)
        yield next(iterator)


print(list(first_of_each(["abc", "de"])))
try:
    print(list(first_of_each(["abc", "", "xyz"])))
except RuntimeError as e:
    print("RuntimeError:", e)
    print("caused by:", repr(e.__cause__))
