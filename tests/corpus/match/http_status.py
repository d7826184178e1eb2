def reason(status):
    match status:
        case 200 | 201 | 204:
            return "success"
        case 301 | 302 as code:
            return f"redirect ({code})"
        case 400:
            return "bad request"
        case 404:
            return "not found"
        case 418:
            return "I'm a teapot"
        case int(code) if 500 <= code < 600:
            return "server error"
        case "200" | b"200":
            return "a status must be an int"
        case _:
            return "something else"


for status in [200, 204, 302, 404, 418, 503, 600, "200", 200.0, True]:
    print(f"{status!r}: {reason(status)}")
