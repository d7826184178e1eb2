def countdown(n):
    print(f"  countdown({n}) starts")
    while n > 0:
        yield n
        n -= 1
    print("  countdown is out of values")
    return "liftoff"


gen = countdown(3)
print("calling countdown(3) ran none of its body:", type(gen).__name__)

print("next ->", next(gen))
print("next ->", next(gen))
print("next ->", next(gen))

try:
    next(gen)
except StopIteration as stop:
    print("StopIteration, carrying the return value:", repr(stop.value))

print("a finished generator stays finished:", next(gen, "default"))
