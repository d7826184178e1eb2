for thing in [ValueError, ValueError("instance"), KeyError]:
    try:
        raise thing
    except Exception as e:
        print(type(e).__name__, repr(e))

try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
