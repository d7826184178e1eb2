# Enum lookups by value fall back on the class's _missing_ hook, checked
# as CPython checks its result; a member's name and value are read-only.
from enum import Enum


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None


class Bad(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        if value == 2:
            return "not a member"
        if value == 3:
            raise KeyError(value)
        return None


print(Status("ACTIVE"), Status("Inactive"), Status(Status.ACTIVE))
for make in (lambda: Status("gone"), lambda: Status(3), lambda: Bad(2), lambda: Bad(3), lambda: Bad(4)):
    try:
        make()
    except Exception as e:
        ctx = e.__context__
        print(type(e).__name__, e, "| context:", type(ctx).__name__ if ctx else None, ctx)
for attr in ("value", "name"):
    try:
        setattr(Status.ACTIVE, attr, "x")
    except AttributeError as e:
        print(e)
try:
    del Status.ACTIVE.value
except AttributeError as e:
    print(e)
