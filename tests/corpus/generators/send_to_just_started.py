def echo():
    while True:
        received = yield
        print("echo:", received)


e = echo()
try:
    e.send("hello")
except TypeError as err:
    print("TypeError:", err)
e.send(None)
e.send("hello")
e.send(42)
