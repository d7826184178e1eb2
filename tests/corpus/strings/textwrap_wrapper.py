import textwrap
# TextWrapper as CPython's: hyphenated words split, tabs expand, max_lines.
text = "The quick brown fox jumps over the lazy dog and keeps running far away."
print(textwrap.wrap("a-very-long-hyphenated-word here", 10))
print(repr(textwrap.fill("a\tb  c", 10)))
w = textwrap.TextWrapper(width=15, max_lines=2)
print(w.wrap(text))
w = textwrap.TextWrapper(width=20, initial_indent="- ", subsequent_indent="  ", break_on_hyphens=False)
print(w.fill("state-of-the-art tools make short work of long-winded text"))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10, break_long_words=False))
print(textwrap.shorten("Hello  world!  How are you?", width=15))
