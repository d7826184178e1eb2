stack = []
for token in "3 4 + 2 *".split():
    if token.isdigit():
        stack.append(int(token))
        print(f"push {token:>2} -> {stack}")
    else:
        b, a = stack.pop(), stack.pop()
        result = a + b if token == "+" else a * b
        stack.append(result)
        print(f"op   {token:>2} -> {stack}")
print("result:", stack.pop())
