# Every callable has __call__: functions, lambdas, bound methods and
# builtins too, and calling it calls the object.
def greet(name, punct="!"):
    return f"hello {name}{punct}"


class Greeter:
    def hi(self, who):
        return f"hi {who}"

    def __call__(self, who):
        return f"called with {who}"


things = [greet, lambda: 0, Greeter().hi, Greeter, Greeter(), len, "x".upper, print, [].append, 5, "s"]
for obj in things:
    print(type(obj).__name__, hasattr(obj, "__call__"), callable(obj))

print(greet.__call__("ann"), greet.__call__("bob", punct="?"))
print(Greeter().hi.__call__("cy"), Greeter()("dee"), Greeter().__call__("eve"))
print(len.__call__("abc"), max.__call__(3, 9, key=lambda v: -v), int.__call__("7"))
call = sorted.__call__
print(call([3, 1, 2], reverse=True))
try:
    greet.__call__()
except TypeError as e:
    print(e)
