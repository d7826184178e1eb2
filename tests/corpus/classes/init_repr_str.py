class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    def __repr__(self):
        return f"Temperature({self.celsius!r})"

    def __str__(self):
        return f"{self.celsius:.1f}°C"


t = Temperature(21.456)
print(t)
print(repr(t))
print([t, Temperature(-3)])
print(f"{t} / {t!r}")
print(str(t), "and", format(t))
