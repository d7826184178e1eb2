def letters():
    yield from "abc"


g = letters()
print(list(g))
print(list(g))
squares = (x * x for x in range(4))
print(sum(squares))
print(sum(squares))
print(list(zip(letters(), letters())))
