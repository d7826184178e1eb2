a = f"hello"
b = f"{x}"
c = f"a{x}b{y}c"
d = f"{x!r} {x!s} {x!a}"
e = f"{x:>10} {x:{width}.{prec}f} {x:{w}}"
f = f"{x=}"
g = f"{x = }"
h = f"{x=!s}"
i = f"{x=:>10}"
j = f"{{literal}} {{{x}}}"
k = f"{'nested'}" f'{"quotes"}'
l = "plain" f"{x}" "more"
m = f"{x}" "" f""
n = f''
o = rf"\d{x}\n"
p = fr'{x}\t'
q = F"{x}" Rf"{y}"
r = f"{a['key']}"
s = f"{a, b}"
t = f"{x for x in y}"
u = f"{f'{inner}'}"
v = f"{x:{'>'}10}"
x2 = f"{x!r:^20}"
y2 = f"{3.14:.2f} {10:#x} {1000:,}"
z2 = f"""
{x}
  {y
+ z}
"""
a3 = f"{a}{b}"
b3 = f"\{x}"
d3 = f"{x:}"
e3 = f"{x!r:}"
f3 = f"{x=:}"
g3 = f"{ x }"
h3 = f"{x:{{}}}"
i3 = f"{x!=y}"
j3 = f"{x==y}"
k3 = f"{x<y} {x>y} {x<=y} {x>=y}"
l3 = f"{a:=1}"
m3 = f"{(a:=1)}"
n3 = f"{x['a':'b']}"
o3 = f"{'{'}"
p3 = f"é{x}é"
q3 = "é" f"{a}"
r3 = f"{x}" f"{y}"
s3 = f'{"a" "b"}'
t3 = f"{x:%H:%M}"
u3 = f"{x!r:{w}}"
v3 = f'{x:{y!r}}'
w3 = f"{*a,}"
x3 = f"{yield}" if 0 else 0
y3 = f'{"""triple"""}'
z3 = f'''{x:{"y"}}'''
a4 = "\x41\101\u0041\U00000041"
b4 = 'abc\
def'
c4 = """multi
line \
string"""
d4 = b'\x00\xff\n' b"\\"
e4 = '\0' '\12' '\123' '\1234'
f4 = 'tab\there'
g4 = u'unicode'
h4 = '\a\b\f\n\r\t\v'
i4 = 'é日本'
j4 = b'\u1234\N{x}'
