total = 10


def broken():
    print("before")
    total += 1
    return total


try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def shadow():
    if False:
        total = 0
    return total


try:
    shadow()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(total)
