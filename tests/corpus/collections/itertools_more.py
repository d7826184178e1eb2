from itertools import accumulate, groupby, permutations, product, combinations, zip_longest

print(list(accumulate([1, 2, 3, 4])))
print(list(product("ab", [0, 1])))
print(list(permutations([1, 2, 3], 2)))
print(list(combinations("abcd", 2)))
print(list(zip_longest([1, 2, 3], "ab", fillvalue="-")))
for key, group in groupby("aaabccdd"):
    print(key, list(group))
