def lines():
    try:
        yield "header"
        yield "body"
    finally:
        print("  lines(): cleanup")


def peek_header():
    gen = lines()
    first = next(gen)
    print("  peek_header got", first)
    return first


print("calling peek_header")
result = peek_header()
print("peek_header returned", result)
