if x:
	if y:
		z = 1
	else:
	        w = 2
v = 3
# comment


  # indented comment
class A:
    
    def f(self): pass
été = 1
naïve = été + 1
λ = lambda α: α
日本 = "日本語"
x = "éé" + f"{été!r:>5}"
