from __future__ import annotations
from dataclasses import dataclass, fields, field
from typing import Optional, Union, get_type_hints, get_origin, get_args, Literal, Any
import json

class ValidationError(Exception):
    def __init__(self, errors: list[dict[str, Any]]) -> None:
        super().__init__(f"{len(errors)} validation error(s)")
        self.errors = errors

def check(value: Any, tp: Any) -> bool:
    origin = get_origin(tp)
    if tp is Any:
        return True
    if origin is Union:
        return any(check(value, a) for a in get_args(tp))
    if origin is Literal:
        return value in get_args(tp)
    if origin is list:
        (item,) = get_args(tp)
        return isinstance(value, list) and all(check(v, item) for v in value)
    if origin is dict:
        k, v = get_args(tp)
        return isinstance(value, dict) and all(check(a, k) and check(b, v) for a, b in value.items())
    if tp is type(None):
        return value is None
    if tp is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return isinstance(value, tp)

@dataclass
class Model:
    def __post_init__(self) -> None:
        hints = get_type_hints(type(self))
        errors = []
        for f in fields(self):
            v = getattr(self, f.name)
            if not check(v, hints[f.name]):
                errors.append({"loc": f.name, "msg": f"expected {hints[f.name]}", "got": type(v).__name__})
        if errors:
            raise ValidationError(errors)

    @classmethod
    def parse(cls, raw: str) -> Model:
        return cls(**json.loads(raw))

@dataclass
class CreateUser(Model):
    name: str
    age: int
    role: Literal["admin", "user"] = "user"
    tags: list[str] = field(default_factory=list)
    score: Optional[float] = None
    extra: dict[str, int] = field(default_factory=dict)

print(CreateUser.parse('{"name": "ann", "age": 30, "tags": ["a"], "score": 4}'))
for raw in ['{"name": "bob", "age": "x"}', '{"name": 1, "age": 2, "role": "root", "tags": [1]}',
            '{"name": "c", "age": 3, "extra": {"a": "b"}}', '{"name": "d"}', '{"name": "e", "age": 1, "score": null}']:
    try:
        print(CreateUser.parse(raw))
    except ValidationError as e:
        print(e, json.dumps(e.errors))
    except TypeError as e:
        print("TypeError:", e)
