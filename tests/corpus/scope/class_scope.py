class Config:
    name = "config"
    size = 3
    doubled = size * 2
    labels = [str(i) for i in range(size)]

    def describe(self):
        return f"{self.name} {self.size} {self.doubled}"


print(Config.labels)
print(Config().describe())

try:

    class Broken:
        factor = 2
        values = [factor * i for i in range(3)]

except NameError as e:
    print("NameError:", e)
