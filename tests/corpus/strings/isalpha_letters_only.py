# str.isalpha() accepts letters only: Roman numerals are numbers, and the
# vowel signs of Indic scripts and circled letters are marks and symbols.
import re

for s in ["abc", "Ⅻ", "ⅷ", "हिन्दी", "नमस्ते", "Ⓐ", "café", "ǅ", "ʰ", "中文", "e\u0301"]:
    print(repr(s), s.isalpha(), s.isalnum(), s.isidentifier())
print(re.findall(r"\w+", "Ⓐ Ⓑ ab ⅷ"))
words = "नमस्ते दुनिया hello".split()
print([w for w in words if w.isalpha()])
