class Registry(type):
    classes = {}

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            Registry.classes[name.lower()] = cls
        return cls


class Plugin(metaclass=Registry):
    def run(self):
        return f"{type(self).__name__} running"


class Csv(Plugin):
    pass


class Json(Plugin):
    pass


print(sorted(Registry.classes))
print(Registry.classes["csv"]().run())
print(type(Csv).__name__)
print(isinstance(Json, Registry))
