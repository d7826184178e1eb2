# A text adventure's command loop, the tutorial example of PEP 636.
def handle(command):
    match command.split():
        case []:
            return "say something"
        case ["look"]:
            return "You see a dark room."
        case ["go", direction] if direction in ("north", "south"):
            return f"You walk {direction}."
        case ["go", direction]:
            return f"You can't go {direction}."
        case ["drop", *objects] if objects:
            return f"Dropped {', '.join(objects)}."
        case ["quit" | "exit" | "bye"]:
            return "Goodbye!"
        case [verb, *_]:
            return f"I don't know how to {verb}."


for line in ["look", "go north", "go up", "drop sword shield", "drop",
             "exit", "dance wildly", ""]:
    print(f"> {line!r}: {handle(line)}")
