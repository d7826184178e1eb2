import re
from typing import Iterator, NamedTuple


class Token(NamedTuple):
    kind: str
    value: str


TOKEN_RE = re.compile(r"\s*(?:(\d+\.?\d*)|(.))")


def tokens(text: str) -> Iterator[Token]:
    for number, op in TOKEN_RE.findall(text):
        if number:
            yield Token("NUM", number)
        elif op.strip():
            yield Token("OP", op)
    yield Token("END", "")


class Parser:
    def __init__(self, text: str) -> None:
        self.toks = tokens(text)
        self.current = next(self.toks)

    def eat(self) -> Token:
        tok, self.current = self.current, next(self.toks)
        return tok

    def expr(self) -> float:
        value = self.term()
        while self.current.value in "+-" and self.current.kind == "OP":
            op = self.eat().value
            value = value + self.term() if op == "+" else value - self.term()
        return value

    def term(self) -> float:
        value = self.factor()
        while self.current.value in ("*", "/"):
            op = self.eat().value
            value = value * self.factor() if op == "*" else value / self.factor()
        return value

    def factor(self) -> float:
        tok = self.eat()
        if tok.kind == "NUM":
            return float(tok.value)
        if tok.value == "-":
            return -self.factor()
        if tok.value == "(":
            value = self.expr()
            self.eat()
            return value
        raise SyntaxError(f"unexpected token {tok}")


for src in ["2 + 3 * 4", "(2 + 3) * 4", "10 / 4 - 1", "-(3.5 * 2) + 10", "2 * (3 + (4 - 1)) / 3", "4 + * 2"]:
    try:
        print(f"{src:<22} = {Parser(src).expr():g}")
    except SyntaxError as e:
        print(f"{src:<22} ! {e}")
print(list(tokens("1+2")))
