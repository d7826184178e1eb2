text = "it's \"quoted\"\n"
print(f"{text!r}")
print(f"{text!s}")
print(f"{'café'!a} {'café'!r}")
print(f"{'x'!r:>6}|{42!s:>4}|")


class Thing:
    def __repr__(self):
        return "Thing()"

    def __str__(self):
        return "a thing"

    def __format__(self, spec):
        return f"Thing formatted with {spec!r}"


t = Thing()
print(f"{t} | {t!r} | {t!s} | {t:fancy}")
