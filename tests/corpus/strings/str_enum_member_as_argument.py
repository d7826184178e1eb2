from enum import Enum
class S(str, Enum):
    A = "a,b"
    N = "12"
s = S.A
print("-".join([s, s]))
print("x,a,b".split(s), "a,b,c".replace(s, "Q"), "za,b".endswith(s), "a,b".startswith(s))
print(int(S.N), float(S.N), "a,b" == s, {s: 1}["a,b"], {"a,b": 2}[s])
print(s.split(","), s.upper(), s[0], s * 2, len(s), str(s), s.value)
print("%s|%r" % (s, s), format(s), f"{s!s}", s.encode(), sorted([S.N, S.A]))
print("a,b,c".find(s), "a,b,c".count(s), "a,b,c".partition(s), "a,b".strip(s), s in "xa,b")
print(ord(S("12")[0]), "".join(list(s)), s.casefold(), s.isdigit(), S.N.zfill(5))
import json
print(json.dumps({s: [s]}), json.dumps(s))

T = type("T", (), {"a,b": 3})
print(getattr(T, s), "a,b,c".rpartition(s))
