from collections import Counter
a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2)
print(+a, -a, a == Counter(a=3, b=1, c=-2), a != b, b <= a, Counter(a=1) < Counter(a=2))
a += b
print(a)
a -= Counter(a=10)
print(a)
a |= Counter(z=4)
a &= Counter(z=2, b=9)
print(a)
del a["nope"]
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print(e)
print(Counter("abracadabra").most_common(2), Counter() == Counter(x=0))
