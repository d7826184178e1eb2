class Animal:
    sound = "..."

    def speak(self):
        return f"{type(self).__name__} says {self.sound}"


class Dog(Animal):
    sound = "woof"


class Puppy(Dog):
    def speak(self):
        return super().speak() + " (squeaky)"


class Cat(Animal):
    sound = "meow"


for a in [Animal(), Dog(), Puppy(), Cat()]:
    print(a.speak(), isinstance(a, Dog))
print(issubclass(Puppy, Animal), issubclass(Cat, Dog))
print(isinstance(Puppy(), (Cat, Dog)))
print(Puppy.__bases__, Puppy.__mro__)
print(type(Puppy()).__name__, Puppy.__name__, Dog.sound)
