class Base:
    def __init__(self, name):
        print("Base.__init__")
        self.name = name

    def describe(self):
        return f"I am {self.name}"


class Middle(Base):
    def __init__(self, name, level):
        print("Middle.__init__")
        super().__init__(name)
        self.level = level

    def describe(self):
        return super().describe() + f", level {self.level}"


class Leaf(Middle):
    def __init__(self):
        print("Leaf.__init__")
        super().__init__("leaf", 3)

    def describe(self):
        return "[" + super().describe() + "]"


x = Leaf()
print(x.describe())
print([c.__name__ for c in Leaf.__mro__])
print(isinstance(x, Base), issubclass(Leaf, Middle), type(x) is Middle)
