print("ell" in "hello", "xyz" not in "hello", "" in "abc")
words = ["Banana", "apple", "cherry", "Apple"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (len(w), w)))
print(max(words), min(words, key=len))
print("abc" == "abc", "abc" != "abd", "a" * 3 == "aaa")
print("Hello".casefold() == "hELLO".casefold())
