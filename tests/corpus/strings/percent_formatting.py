name = "Ada"
print("Hello, %s!" % name)
print("%d items cost %.2f (%5.1f%%)" % (3, 9.5, 12.345))
print("%r vs %s" % ("text", "text"))
print("[%5s] [%-5s] [%05d] [%+d] [%x] [%X] [%o] [%e]" % ("ab", "ab", 42, 7, 255, 255, 8, 12345.678))
print("%(user)s has %(n)d messages" % {"user": "bob", "n": 4})
print("%c%c" % (72, "i"))
print("%.3s" % "abcdef")
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % ("only one",))
except TypeError as e:
    print("TypeError:", e)
