from collections import Counter
import string

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

STOPWORDS = {"it", "was", "the", "of"}


def lines(text):
    yield from text.splitlines()


def words(lines):
    table = str.maketrans("", "", string.punctuation)
    for line in lines:
        for word in line.translate(table).lower().split():
            yield word


def without(stop, words):
    return (w for w in words if w not in stop)


counts = Counter(without(STOPWORDS, words(lines(TEXT))))
print("distinct words:", len(counts))
for word, n in counts.most_common(5):
    print(f"{word:<12}{'█' * n} {n}")
total_words = sum(1 for _ in words(lines(TEXT)))
print("total words:", total_words)
longest = max(words(lines(TEXT)), key=len)
print("longest word:", longest, len(longest))
by_letter = Counter(w[0] for w in counts.elements())
print("by first letter:", sorted(by_letter.items()))
