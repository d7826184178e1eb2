def repeat(times):
    def decorate(func):
        def wrapper(*args):
            results = []
            for _ in range(times):
                results.append(func(*args))
            return results

        return wrapper

    return decorate


def count_calls(func):
    def wrapper(*args):
        wrapper.calls += 1
        return func(*args)

    wrapper.calls = 0
    return wrapper


@repeat(3)
def shout(word):
    return word.upper()


@count_calls
def noop():
    pass


print(shout("hey"))
for _ in range(4):
    noop()
print("noop was called", noop.calls, "times")
