# object()'s repr leaves out the builtins module, as for every type of
# `builtins`; a class of the program's keeps `__main__.`.
class Plain:
    pass


print(repr(object()).startswith("<object object at 0x"))
print(repr(Plain()).startswith("<__main__.Plain object at 0x"))
raise ValueError(object())
