pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3)]
for a, b in pairs:
    print(f"{a:3} // {b:2} = {a // b:3}   {a:3} % {b:2} = {a % b:3}   divmod = {divmod(a, b)}")
print(-1 % 10, 13 % -5, -13 % 5)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (1, 0.3)]:
    print(a, b, a // b, a % b, divmod(a, b))
