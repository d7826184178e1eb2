# inventory / word-frequency style scripts
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity."""
import re
from collections import Counter
words = re.findall(r"[a-z']+", text.lower())
freq = Counter(words)
for word, n in freq.most_common(5):
    print(f"{word:>10} {'*' * n} ({n})")
print(len(words), len(set(words)))
print(re.sub(r"\s+", " ", text)[:60])
print(re.split(r"[,.]\s*", "a, b. c,d"), re.findall(r"(\w+) of (\w+)", text)[:3])
m = re.search(r"(?P<adj>\w+)est of (?P<noun>\w+)", text)
print(m.group(0), m["adj"], m.groupdict(), m.span(), m.start("noun"))
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "joe@example.com, amy@site.com"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
pat = re.compile(r"^(\d{3})-(\d{4})$", re.M)
print(pat.findall("555-1234\n666-99999\n777-0000"), bool(pat.match("123-4567")))
print(re.fullmatch(r"[A-Z][a-z]+", "Hello"), re.match(r"a|b", "c"))
for m in re.finditer(r"\b(\w)(\w*)\b", "hi there you"):
    print(m.group(1).upper() + m.group(2), end=" ")
print()
print(re.escape("a.b*c"), re.findall(r"(?i)WAS", text)[:2])
print(re.sub(r"(?<=a)b", "X", "ab cb ab"))
