class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


class OnlyStr:
    def __str__(self):
        return "only str"


print(OnlyRepr())
print(str(OnlyRepr()), [OnlyRepr()])
print(OnlyStr())
print(f"{OnlyStr()}")
print(OnlyRepr, OnlyStr.__name__, OnlyRepr.__qualname__)
