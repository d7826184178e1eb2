class Dog:
    species = "canis familiaris"
    tricks = []

    def __init__(self, name):
        self.name = name
        self.own_tricks = []

    def add_trick(self, trick):
        self.tricks.append(trick)
        self.own_tricks.append(trick)


a, b = Dog("Rex"), Dog("Fido")
a.add_trick("roll")
b.add_trick("sit")
print(a.tricks, b.tricks, Dog.tricks)
print(a.own_tricks, b.own_tricks)
a.species = "wolf"
print(a.species, b.species, Dog.species)
del a.species
print(a.species)
print(sorted(vars(a)))
