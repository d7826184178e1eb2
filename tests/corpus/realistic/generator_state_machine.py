def tokenize(text):
    """A small lexer written as a generator-based state machine."""
    state = "start"
    buf = ""
    for ch in text + "\0":
        if state == "start":
            if ch.isdigit():
                state, buf = "number", ch
            elif ch.isalpha() or ch == "_":
                state, buf = "name", ch
            elif ch == '"':
                state, buf = "string", ""
            elif ch in "+-*/=()":
                yield ("OP", ch)
            elif ch in " \0":
                pass
            else:
                yield ("ERROR", ch)
        elif state == "number":
            if ch.isdigit() or ch == ".":
                buf += ch
            else:
                yield ("NUMBER", float(buf) if "." in buf else int(buf))
                state = "start"
                yield from tokenize(ch) if ch.strip("\0") else ()
        elif state == "name":
            if ch.isalnum() or ch == "_":
                buf += ch
            else:
                yield ("NAME", buf)
                state = "start"
                yield from tokenize(ch) if ch.strip("\0") else ()
        elif state == "string":
            if ch == '"':
                yield ("STRING", buf)
                state = "start"
            elif ch == "\0":
                yield ("ERROR", "unterminated string")
            else:
                buf += ch


for source in ['x = 42 + y_1*(3.5 - z)', 'name = "Ada Lovelace"', "a = 1 $ 2", 'msg = "oops']:
    tokens = list(tokenize(source))
    print(source)
    print("   ", " ".join(f"{kind}:{value!r}" for kind, value in tokens))
