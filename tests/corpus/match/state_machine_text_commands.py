# Text-adventure / state machine style
from enum import Enum, auto
class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()
transitions = {State.IDLE: [State.RUNNING], State.RUNNING: [State.DONE, State.IDLE], State.DONE: []}
s = State.IDLE
for target in [State.RUNNING, State.DONE, State.IDLE]:
    if target in transitions[s]:
        print(f"{s.name} -> {target.name}")
        s = target
    else:
        print(f"cannot go from {s} to {target}")
print({st: len(v) for st, v in transitions.items()})
print(State.RUNNING.value, State(3), State["IDLE"] is State.IDLE, len(State), State.DONE in State)
match s:
    case State.DONE:
        print("finished")
    case _:
        print("other")
inventory = {"sword": 1, "potion": 3}
cmds = ["take potion", "drop sword", "look", "take shield", "quit"]
for c in cmds:
    match c.split():
        case ["take", item] if item in inventory:
            inventory[item] += 1; print("took", item)
        case ["take", item]:
            inventory[item] = 1; print("new", item)
        case ["drop", item]:
            inventory.pop(item, None); print("dropped", item)
        case ["look"]:
            print(sorted(inventory.items()))
        case ["quit"]:
            print("bye"); break
