class I:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
print("ab" * I(3), I(2) * "ab", [1] * I(2), I(2) * (1,), b"x" * I(3), "q" * I(-1))
s = "ab"; s *= I(2); print(s)
l = [1]; m = l; l *= I(3); print(l, m, l is m)
t = (1,); t *= I(2); print(t)
class Bad:
    def __index__(self): return "no"
try: "a" * Bad()
except TypeError as e: print(e)
try: [1] * "ab"
except TypeError as e: print(e)
try: "ab" * [1]
except TypeError as e: print(e)
class Str(str): pass
print(Str("ab") * I(2), I(2) * Str("c"))
l = [1]; m = l; l *= 3; print(l, m, l is m)
class II(int): pass
l = [1]; m = l; l *= II(2); print(l, m, l is m)
class R:
    def __rmul__(self, o): return ["r"]
l = [1]; m = l; l *= R(); print(l, m, l is m)
class RI:
    def __rmul__(self, o): return NotImplemented
    def __index__(self): return 2
l = [1]; m = l; l *= RI(); print(l, m, l is m)
l = [1, 2]; m = l; l *= 0; print(l, m, l is m)
l = [1]; m = l; l *= True; print(l, m)
try:
    l *= 2**80
except Exception as e: print(type(e).__name__, e)
try:
    l *= 1.5
except Exception as e: print(type(e).__name__, e)
print(m)
try:
  [1]*2**80
except Exception as e: print(type(e).__name__, e)
try:
  2**80*"a"
except Exception as e: print(type(e).__name__, e)
try:
  b"a"*-2**80
except Exception as e: print(type(e).__name__, e)
