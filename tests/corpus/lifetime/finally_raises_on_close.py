def fragile():
    try:
        yield "working"
    finally:
        raise RuntimeError("cleanup failed")


g = fragile()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("close() raised:", e)
print("continuing")
