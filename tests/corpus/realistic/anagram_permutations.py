from itertools import combinations, permutations

DICTIONARY = {"stop", "pots", "tops", "spot", "opts", "post", "rat", "art", "tar",
              "listen", "silent", "enlist", "tinsel", "on", "no", "so", "to", "top", "pot", "opt"}


def anagrams(word: str) -> list[str]:
    found = {"".join(p) for p in permutations(word)} & DICTIONARY
    return sorted(found - {word})


def sub_words(letters: str, min_len: int = 2) -> list[str]:
    result = set()
    for size in range(min_len, len(letters) + 1):
        for combo in combinations(letters, size):
            for p in permutations(combo):
                w = "".join(p)
                if w in DICTIONARY:
                    result.add(w)
    return sorted(result, key=lambda w: (-len(w), w))


for word in ["stop", "rat", "listen", "python"]:
    print(f"{word:>7}: {anagrams(word) or 'no anagrams'}")
print("words in 'post':", sub_words("post"))
print("permutations of 'abc':", ["".join(p) for p in permutations("abc")])
print("number of arrangements of 'listen':", sum(1 for _ in permutations("listen")))
