def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"


def override():
    try:
        return "try value"
    finally:
        print("finally before return")


def nested():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("finally", i)
    return "loop done"


print(swallow())
print(override())
print(nested())
