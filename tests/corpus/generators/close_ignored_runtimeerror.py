def stubborn():
    while True:
        try:
            yield "still here"
        except GeneratorExit:
            print("ignoring GeneratorExit")


g = stubborn()
print(next(g))
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print("done")
