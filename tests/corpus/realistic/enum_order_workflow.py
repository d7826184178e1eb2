from enum import Enum, IntEnum, auto


class Status(Enum):
    NEW = auto()
    PAID = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()

    def next_states(self) -> set["Status"]:
        return ALLOWED[self]


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3


ALLOWED = {
    Status.NEW: {Status.PAID, Status.CANCELLED},
    Status.PAID: {Status.SHIPPED, Status.CANCELLED},
    Status.SHIPPED: {Status.DELIVERED},
    Status.DELIVERED: set(),
    Status.CANCELLED: set(),
}


class Order:
    def __init__(self, oid: int, priority: Priority = Priority.NORMAL) -> None:
        self.oid = oid
        self.priority = priority
        self.status = Status.NEW

    def advance(self, new: Status) -> None:
        if new not in self.status.next_states():
            raise ValueError(f"order {self.oid}: {self.status.name} -> {new.name} not allowed")
        print(f"order {self.oid}: {self.status.name} -> {new.name}")
        self.status = new


o = Order(1, Priority.HIGH)
for step in (Status.PAID, Status.SHIPPED, Status.CANCELLED):
    try:
        o.advance(step)
    except ValueError as e:
        print("error:", e)
print(o.status, repr(o.status), o.status.value)
print([s.name for s in Status])
print(Status["PAID"] is Status.PAID, Status(3))
print(Priority.HIGH > Priority.LOW, Priority.HIGH + 1, sorted([Priority.HIGH, Priority.LOW]))
print(f"{Priority.NORMAL!s} {Priority.NORMAL.name.lower()} {Priority(2)!r}")
