# A bare name is a capture pattern, not a comparison with a variable:
# CPython refuses the program before running it.
TARGET = 10


def check(score):
    match score:
        case TARGET:
            print("You hit the target")
        case _:
            print("Keep trying")


print("never printed")
check(7)
