# int.bit_count and str.isprintable.
for n in [0, 1, 7, 255, -255, 2**64 - 1, -(2**100 + 3), 10**30, True]:
    print(n, n.bit_count())
for s in ["", "abc", "a b", "tab\there", "new\nline", "\x7f", "café", "a\u00a0b", "zero\u200bwidth", "\u00ad", "日本語", "emoji 🎉", "\ufeff", "\u2028"]:
    print(repr(s), s.isprintable())
try:
    (5).bit_count(1)
except TypeError as e:
    print(e)
