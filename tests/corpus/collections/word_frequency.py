text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness"""
freq = {}
for word in text.lower().replace(",", "").split():
    freq[word] = freq.get(word, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in top[:5]:
    print(f"{word:<8}{'#' * n} {n}")
print(len(freq), "distinct words")
