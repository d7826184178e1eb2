def greet(name, greeting="Hello", punctuation="!"):
    return f"{greeting}, {name}{punctuation}"


print(greet("Ada"))
print(greet("Grace", "Hi"))
print(greet("Linus", punctuation="?"))
print(greet(greeting="Hey", name="Guido"))


def append_to(item, target=[]):
    target.append(item)
    return target


print(append_to(1))
print(append_to(2))


def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target


print(append_safe(1))
print(append_safe(2))
