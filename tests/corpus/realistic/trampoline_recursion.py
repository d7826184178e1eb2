"""Deep recursion without a deep stack: generators driven by a trampoline."""
import types


def trampoline(gen):
    stack = [gen]
    value = None
    while stack:
        try:
            result = stack[-1].send(value)
        except StopIteration as e:
            stack.pop()
            value = e.value
            continue
        if isinstance(result, types.GeneratorType):
            stack.append(result)
            value = None
        else:
            value = result
    return value


def triangular(n):
    if n == 0:
        return 0
    rest = yield triangular(n - 1)
    return n + rest


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return (yield ackermann(m - 1, 1))
    inner = yield ackermann(m, n - 1)
    return (yield ackermann(m - 1, inner))


print("triangular(10) =", trampoline(triangular(10)))
print("triangular(50000) =", trampoline(triangular(50000)))
print("ackermann(2, 3) =", trampoline(ackermann(2, 3)))
print("ackermann(3, 3) =", trampoline(ackermann(3, 3)))
