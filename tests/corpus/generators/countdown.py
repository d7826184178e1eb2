def countdown(n):
    print("starting countdown")
    while n > 0:
        yield n
        n -= 1
    print("liftoff!")


g = countdown(3)
print("generator created")
print(next(g))
print(next(g))
for value in g:
    print("for got", value)
print(list(countdown(2)))
