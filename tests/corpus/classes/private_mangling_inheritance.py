# Each class in a hierarchy gets its own copy of a private name, and a
# subclass cannot see its parent's private methods by their short name.


class Base:
    def __init__(self):
        self.__x = "base"

    def __secret(self):
        return "Base.__secret"

    def show_base(self):
        return self.__x, self.__secret()


class Child(Base):
    def __init__(self):
        super().__init__()
        self.__x = "child"

    def show_child(self):
        return self.__x

    def try_parent_secret(self):
        try:
            return self.__secret()
        except AttributeError as e:
            return f"AttributeError: {e}"


c = Child()
print(c.show_base())
print(c.show_child())
print(sorted(vars(c).items()))
print(c.try_parent_secret())
print(c._Base__secret())
print("_Base__secret" in Base.__dict__, "__secret" in Base.__dict__)
f = Base._Base__secret
print(f.__name__, f.__qualname__)


class Tree:
    def walk(self):
        return self.__walk(0)

    def __walk(self, depth):
        return depth if depth == 3 else self.__walk(depth + 1)


class Oak(Tree):
    def __walk(self, depth):
        return "Oak's own __walk is never called by Tree.walk"


print(Oak().walk())
print(sorted(k for k in Oak.__dict__ if "walk" in k))
