def outer():
    x = "outer"

    def middle():
        x = "middle"

        def inner():
            nonlocal x
            x = "changed by inner"
            return x

        print("inner returned:", inner())
        print("middle sees:", x)

    middle()
    print("outer sees:", x)


outer()


def accumulator():
    total = 0
    history = []

    def add(n):
        nonlocal total
        total += n
        history.append(total)
        return total

    return add, history


add, history = accumulator()
add(1)
add(10)
add(100)
print(history)
