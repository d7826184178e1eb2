# str(), print() and f-strings of an object whose __repr__ returns a
# non-string report __str__ (object.__str__ leaves the check to str());
# repr() and containers report __repr__.
class Ticket:
    def __init__(self, number):
        self.number = number

    def __repr__(self):
        return self.number  # forgot str()


t = Ticket(42)
for label, show in [("str", str), ("print", print), ("f-string", lambda o: f"{o}"),
                    ("repr", repr), ("list", lambda o: str([o])), ("%s", lambda o: "%s" % o)]:
    try:
        show(t)
    except TypeError as e:
        print(f"{label}: {e}")


class Fixed(Ticket):
    def __repr__(self):
        return f"Ticket({self.number})"


print(Fixed(7), [Fixed(8)], f"{Fixed(9)!s:>12}")
print(Ticket(None))
