# bytes % args (PEP 461): %s and %b take bytes, %r and %a give ascii().
print(b"%d-%s" % (5, b"x"), b"%5s|%-5b|%r|%a" % (b"ab", b"cd", b"e", "é"), b"%x %05.1f %c%c %%" % (255, 2.25, 65, b"z"))
print(b"%(k)s" % {b"k": b"v"} if False else b"%.2s" % b"abcdef", b"%s" % b"")
for args in [("x",), (1, 2)]:
    try:
        print(b"%s" % args)
    except TypeError as e:
        print("TypeError:", e)
b"%c" % 256
