for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 0.49999999999999994, 2.675, 1.005]:
    print(x, round(x), round(x, 2))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(7), type(round(7.2)), type(round(7.2, 1)), round(3.14159, 3))
print(round(5, 1), round(0.125, 2), round(0.375, 2))
