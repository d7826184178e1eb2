def parse_port(text):
    try:
        return int(text)
    except ValueError:
        raise ValueError(f"invalid port: {text!r}") from None


print(parse_port("8080"))
try:
    parse_port("eighty")
except ValueError as e:
    print("caught:", e)
    print("cause:", e.__cause__, "suppress:", e.__suppress_context__)
    print("context:", repr(e.__context__))
parse_port("http")
