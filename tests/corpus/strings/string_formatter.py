# string.Formatter: CPython's class with its parser (literal pieces, fields,
# conversions, nested specs), overridable hooks and the parse errors.
import string
f = string.Formatter()
print(f.format("{0}-{x}", 1, x=2), f.format("{} and {}", "a", "b"), f.format("{:>5}|{!r}", "r", "s"))
print(f.format("{p.real} {d[k]} {l[1]} {{lit}} {0:{1}}", 3.5, 6, p=2, d={"k": "v"}, l=[7, 8]))
print(list(f.parse("a{{b}}c {0!r:>{w}} end")), list(f.parse("")), list(f.parse("x{}")))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}?>"
        return super().get_value(key, args, kwargs)
print(Upper().format("hi {name} {missing} {0:.2f}", 3.14159, name="bob"))
for bad in ("{", "}", "{0", "{!}", "{0!x}", "{0!rr}", "{} {0}", "{0} {}", "{a.}", "{a[}"):
    try:
        print(repr(f.format(bad, 1, a=1)))
    except (ValueError, KeyError, IndexError, AttributeError) as e:
        print(bad, type(e).__name__, e)
print(f.vformat("{a}{b}", (), {"a": 1, "b": 2}), f.convert_field("x", "r"), f.format_field(3, "03d"))
for s in ['{!}','{0!}','{0!:}','{!r','{0!','{0!r:','{a:{b}}','{a:{b}','{0:}}', 'a}}b{{', '{0[1]}x', '{0[}', 'x{', '}', '{a!r}{b:>3}']:
    try: print(repr(s), list(f.parse(s)))
    except Exception as e: print(repr(s), type(e).__name__, e)
