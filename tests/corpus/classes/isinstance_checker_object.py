class Checker:
    def __instancecheck__(self, obj):
        return obj == 3
    def __subclasscheck__(self, c):
        return c is int
print(isinstance(3, Checker()), isinstance(4, Checker()), issubclass(int, Checker()), isinstance(3, (str, Checker())))
