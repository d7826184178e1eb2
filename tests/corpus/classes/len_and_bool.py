class Basket:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on


for b in [Basket(), Basket("apple")]:
    print(len(b), bool(b), "non-empty" if b else "empty")
print(bool(Flag(True)), bool(Flag(False)), not Flag(False))


class Negative:
    def __len__(self):
        return -1


try:
    len(Negative())
except ValueError as e:
    print("ValueError:", e)
