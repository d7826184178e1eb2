def forever(name):
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print(f"{name} finalised")


keep = forever("module-level")
print(next(keep), next(keep))
print("last line of the program")
