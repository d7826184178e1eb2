# A subclass without __slots__ gets a __dict__, but the slots of its base
# stay out of it.
class Date:
    __slots__ = ("year", "month", "day")

    def __init__(self, year, month, day):
        self.year, self.month, self.day = year, month, day


class Event(Date):
    def __init__(self, title, *args):
        super().__init__(*args)
        self.title = title


e = Event("launch", 2024, 5, 17)
print(vars(e))
e.place = "Houston"
e.day = 18
print(e.__dict__, e.day)
e.__dict__.clear()
print(e.year, e.month, e.day, vars(e))


class Hybrid:
    __slots__ = ("a", "__dict__")


h = Hybrid()
h.a, h.b = 1, 2
print(h.a, h.__dict__)
