from enum import Enum
import json

class HttpStatus(Enum):
    OK = (200, "OK")
    NOT_FOUND = (404, "Not Found")
    ERROR = (500, "Internal Server Error")

    def __init__(self, code: int, phrase: str) -> None:
        self.code = code
        self.phrase = phrase

    @property
    def is_error(self) -> bool:
        return self.code >= 400

    @classmethod
    def from_code(cls, code: int) -> "HttpStatus":
        for s in cls:
            if s.code == code:
                return s
        raise ValueError(code)

for s in HttpStatus:
    print(s.name, s.code, s.phrase, s.is_error)
print(HttpStatus.from_code(404))
class Shape(str, Enum):
    CIRCLE = "circle"
    SQUARE = "square"
print(json.dumps({"shape": Shape.CIRCLE}))
print(Shape.CIRCLE.value, Shape("square"))
class Planet(Enum):
    EARTH = 1
    MARS = 2
    def describe(self) -> str:
        return f"{self.name.title()} is #{self.value}"
print(Planet.MARS.describe())
print(HttpStatus.OK is HttpStatus.from_code(200))
d = {HttpStatus.OK: "fine"}
print(d[HttpStatus.OK])
print(isinstance(HttpStatus.OK, HttpStatus), type(HttpStatus.OK))
