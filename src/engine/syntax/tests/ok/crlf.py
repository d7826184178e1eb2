if x:
    y = 1
    z = """a
b"""
w = (1,
     2)
v = f"{a}\
{b}"
