class AppError(Exception):
    """Base class for application errors."""


class ValidationError(AppError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field


class StorageError(AppError):
    pass


def parse_age(raw: str) -> int:
    try:
        age = int(raw)
    except ValueError as exc:
        raise ValidationError("age", f"not a number: {raw!r}") from exc
    if not 0 <= age <= 150:
        raise ValidationError("age", f"out of range: {age}")
    return age


def save(record: dict) -> None:
    try:
        record["id"]
    except KeyError:
        raise StorageError("record has no id")


for raw in ["42", "abc", "200"]:
    try:
        print("parsed", parse_age(raw))
    except ValidationError as e:
        cause = type(e.__cause__).__name__ if e.__cause__ else None
        print(f"invalid {e.field!r}: {e} (cause: {cause})")

try:
    save({"name": "x"})
except AppError as e:
    print(f"{type(e).__name__}: {e}")
    print("context:", repr(e.__context__))
    print("suppressed context:", e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise AppError("calculation failed") from None
except AppError as e:
    print("from None ->", e.__cause__, e.__suppress_context__)

print(issubclass(ValidationError, AppError), ValidationError.__mro__[1].__name__)
