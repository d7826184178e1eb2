items = [10, 20, 30]
config = {"host": "localhost"}
try:
    items[3]
except IndexError as e:
    print(f"IndexError: {e}")
try:
    items[-4] = 0
except IndexError as e:
    print(f"IndexError: {e}")
try:
    config["port"]
except KeyError as e:
    print(f"KeyError: {e} / {e!r} / {e.args}")
try:
    (1, 2)[5]
except IndexError as e:
    print(f"IndexError: {e}")
try:
    tags = {1, 2}
    tags[0]
except TypeError as e:
    print(f"TypeError: {e}")
try:
    key = "a"
    items[key]
except TypeError as e:
    print(f"TypeError: {e}")
