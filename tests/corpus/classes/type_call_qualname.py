class M(type):
    pass
X = M('X', (), {})
Y = type('Y', (), {})
class B: pass
Z = M('Z', (B,), {'__module__': 'm'})
print(X.__qualname__, Y.__qualname__, Z.__qualname__, Z.__module__)
