# `del`, `except ... as`, generators and a class-body generator
# expression all use the mangled spelling of a private name.


class Ledger:
    __opening = [10, 20]
    totals = list(x * 2 for x in __opening)

    def __init__(self):
        self.__entries = [1, 2]
        self.__scratch = "tmp"
        del self.__scratch
        try:
            raise ValueError("bad entry")
        except ValueError as __err:
            print(repr(__err), sorted(locals()))
        print(sorted(vars(self)))

    def entries(self):
        for __e in self.__entries:
            yield __e

    def forget(self):
        __gone = 1
        del __gone
        return sorted(locals())


led = Ledger()
print(Ledger.totals, list(led.entries()), led.forget())
