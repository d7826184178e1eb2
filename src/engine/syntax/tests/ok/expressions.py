x = 1
y = x + 2 * 3 - 4 / 5 // 6 % 7 @ m
z = -2 ** 2
w = 2 ** -1 ** 2
a = not x == y
b = x < y <= z > w >= 1 != 2 == 3
c = x in y and x not in z or x is y and x is not z
d = a if b else c if d else e
e = lambda: 0
f = lambda x, y=1, *args, z, w=2, **kw: x
g = lambda a, /, b, *, c: a
h = x | y ^ z & w << 1 >> 2
i = ~x + +y - -z
j = (x)
k = ((x, y))
l = (x,)
m = ()
n = [1, 2, 3,]
o = {1: 2, **p, 3: 4}
p = {1, 2, *q}
q = [*a, *b]
r = {}
s = x.y.z
t = f(a)(b)(c)
u = a[1][2:3][::2][1:2, ::3][...]
v = a[1:2, 3]
w = a[*b]
aa = f(*args, **kwargs)
bb = f(a, b=1, *c, d=2, **e)
cc = f(x for x in y)
dd = f((x for x in y), 1)
ee = [x for x in range(10) if x % 2 if x > 3]
ff = {x: y for x, y in z.items()}
gg = {x for x in y for y in z}
hh = (x for x in y)
ii = [x async for x in y]
jj = x if (y := 3) else z
kk = [y := f(x), y ** 2]
ll = ...
mm = None, True, False
nn = 1_000_000 + 0x_ff + 0o17 + 0b1010 + 0
oo = 1.5 + 1e10 + 1.5e-3 + .5 + 5. + 1_0.0_1e+1_0
pp = 'a' "b" '''c''' """d"""
qq = b'abc' rb'\d' Br"\x"
rr = r'\n' R"\t" u'x' U"y"
ss = 'a\tb\x41\u00e9\U0001F600\101\\\'\q'
tt = x.real
uu = 1 .real
vv = a.b[c](d).e
ww = await_ = 5
xx = print
yy = a[b:=1]
zz = f(a)[b] (c)
a1 = x if y else lambda: z
a2 = not not x
a3 = - - - x
a4 = a < b < c
a5 = (yield)
a6 = [i for i in (1, 2) if i]
a7 = a[:]
a8 = a[::]
a9 = a[1:]
b1 = a[:2]
b2 = a[x, y:z]
b3 = {**a}
b4 = {**a, **b}
b5 = f(x)(y) . z
b6 = [
    1,
    2
]
b7 = f(
    a,
    b=2,
)
b8 = x if y else (
    z
)
b9 = match = case = type = _ = 1
c1 = é = 2
c2 = "é" + x
c3 = {'a': 1}['a']
c4 = a is not None
c5 = -x ** 2
c6 = (-x) ** 2
c7 = x ** y ** z
c8 = x * y ** -z
c9 = a or b or c
d1 = a and b and c or d
d2 = (a or b) or c
d3 = f(**{'a': 1})
d4 = (a, *b, c)
d5 = [*range(3)]
d6 = ((a))
d7 = (((a, b)))
d8 = (a)(b)
d9 = (a).b
e1 = (a)[b]
e2 = (a + b) * c
e3 = x = y = z
e4, e5 = 1, 2
*e6, e7 = f()
e8, *e9 = f()
[f1, f2] = g
(f3, f4) = g
f5 = f6 = f7, f8 = g
f9[0] = 1
g1.x = 2
g2[0].y[1] = 3
g3 = 1 if x else 2
x += 1
x -= 1
x *= 1
x /= 1
x //= 1
x %= 1
x **= 1
x @= 1
x &= 1
x |= 1
x ^= 1
x <<= 1
x >>= 1
x.y += 1
x[0] += 1
x: int
x: int = 1
x.y: list[int] = []
x[0]: int = 1
(x): int = 3
x: tuple[int, ...] = yield
