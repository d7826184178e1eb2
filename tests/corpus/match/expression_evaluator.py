# Expressions as nested tuples, evaluated by structural pattern matching.
def evaluate(expr, env):
    match expr:
        case int() | float() as number:
            return number
        case str(name):
            return env[name]
        case ("neg", operand):
            return -evaluate(operand, env)
        case ("+", left, right):
            return evaluate(left, env) + evaluate(right, env)
        case ("*", left, right):
            return evaluate(left, env) * evaluate(right, env)
        case ("let", name, value, body):
            inner = {**env, name: evaluate(value, env)}
            return evaluate(body, inner)
        case (op, *args):
            raise ValueError(f"unknown operator {op!r} with {len(args)} operands")


program = ("let", "x", ("+", 2, 3),
           ("*", "x", ("neg", ("+", "x", 1.5))))
print(evaluate(program, {}))
print(evaluate(("+", "a", ("*", 2, "b")), {"a": 1, "b": 10}))
try:
    evaluate(("/", 1, 2), {})
except ValueError as e:
    print(e)
