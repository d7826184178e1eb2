class Res:
    def __del__(self):
        raise RuntimeError("in del")
r = Res()
del r
print("after")
raise SystemExit(3)
