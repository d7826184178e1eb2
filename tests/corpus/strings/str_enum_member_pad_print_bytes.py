from enum import StrEnum
import re, os
class K(StrEnum):
    A = "ab"
    SEP = "-"
k = K.A
print("xaby".index(k), "xaby".rfind(k), "ab".center(6, K.SEP), "a-b".rsplit(K.SEP), "abab".removeprefix(k), "abab".removesuffix(k))
print(re.sub(k, "Z", "abcab"), re.compile(k).pattern, re.split(K.SEP, "a-b"), re.escape(k))
print(os.path.join(k, k), "{}".format(k), "%s" % k, k.join(["1", "2"]), str.upper(k))
print("x", "y", sep=K.SEP, end=K.SEP + "\n")
print(sorted([K.SEP, K.A], key=str.lower), "ab" in [k], k.startswith(("a", "b")), "abc".startswith((k,)))
print("a-b".split(sep=K.SEP), "abc".replace("b", K.SEP), "tab".expandtabs(), "ab".zfill(4), k.ljust(4, "."), str(k).encode())
print(bytes(k, "utf-8"), k.encode("ascii"), int(K("ab"), 16) if False else 0, "a".translate(str.maketrans(k, "xy")))
d = {"ab": 1}
print(d[k], d.get(k), k in d, {k: 2} == {"ab": 2}, hash(k) == hash("ab"))
