e = "original"
try:
    raise ValueError("boom")
except ValueError as e:
    print("inside:", e)

try:
    print(e)
except NameError as err:
    print("NameError:", err)

saved = None
try:
    raise KeyError("kept")
except KeyError as err:
    saved = err
print("saved survives:", repr(saved))
