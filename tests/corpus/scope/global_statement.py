counter = 0
log = []


def bump():
    global counter
    counter += 1
    log.append(counter)


def read_only():
    return counter * 10


for _ in range(3):
    bump()
print(counter, log, read_only())


def set_new_global():
    global created_later
    created_later = "hello from a function"


set_new_global()
print(created_later)
