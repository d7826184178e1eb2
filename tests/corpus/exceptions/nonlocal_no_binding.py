# A nonlocal name that no enclosing function binds is a SyntaxError at
# compile time, so nothing runs.
print("never printed")

def outer():
    def inner():
        nonlocal missing
        missing = 1
    return inner
