from enum import Enum


class Color(Enum):
    RED = "red"
    GREEN = "green"
    BLUE = "blue"


class Light:
    STOP = Color.RED
    GO = Color.GREEN


def action(color):
    match color:
        case Light.STOP:
            return "stop"
        case Color.GREEN:
            return "go"
        case Color.BLUE | Color.RED:
            return "unreachable for red"
        case "red":
            return "a string is not the enum member"
        case _:
            return "unknown"


for c in [Color.RED, Color.GREEN, Color.BLUE, "red", 42]:
    print(c, "->", action(c))
