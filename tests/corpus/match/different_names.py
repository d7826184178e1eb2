# Alternatives that bind different names are refused before the program runs.
def parse(token):
    match token:
        case ("num", value) | ("str", text):
            return value
        case _:
            return None


print("never printed")
print(parse(("num", 1)))
