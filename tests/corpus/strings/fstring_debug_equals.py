x = 10
name = "coroscope"
ratio = 2 / 3
print(f"{x=}")
print(f"{x = }")
print(f"{name=}")
print(f"{name=!s}")
print(f"{ratio=:.3f}")
print(f"{x * 2 + 1=}")
print(f"{len(name)=}, {name.upper()=}")
