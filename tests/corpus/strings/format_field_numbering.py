# str.format refuses to mix automatic and numbered fields.
print("{0}{1}{0}".format("a", "b"), "{}{}".format(1, 2), "{0}{name}".format(1, name="n"), "{}{x}".format(1, x=2))
for tmpl in ["{}{1}", "{0}{}", "{:{1}}", "{0:{}}"]:
    try:
        print("{!r}".format(tmpl.format("x", 5)))
    except ValueError as e:
        print(tmpl, "ValueError:", e)
b = bytes(range(1, 8))
print(b.hex(":"), b.hex(":", 2), b.hex(":", -3), b.hex(b"-", 0), b.hex(" ", 7))
b.hex("::")
