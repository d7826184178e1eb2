# str.split()/strip() use CPython's whitespace, which includes the ASCII
# separators \x1c-\x1f; istitle() counts title-case letters (ǅ).
s = "\x1cname\x1f\u3000value\u2003end\x1e"
print(s.split(), s.strip(), s.lstrip(), s.rstrip(), s.rsplit(None, 1))
print(["ǅungla".istitle(), "ǅ".istitle(), "Hello World".istitle(), "hello World".istitle()])
print("%.2f|%e|%g" % (2**70, 10**20, 3**40))
print("%f" % 10**400)
