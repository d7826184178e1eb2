# Replacing a dict's keys while iterating it (same size each step) is
# caught once more keys turn up than the dict had when the loop began.
d = {1: "a", 2: "b"}
seen = []
try:
    for k in d:
        seen.append(k)
        del d[k]
        d[k + 100] = "new"
except RuntimeError as e:
    print("RuntimeError:", e)
print(seen, d)

# Changing values only is fine; so is deleting and re-adding the same key
# before the iterator gets there.
prices = {"tea": 3, "coffee": 4}
for name in prices:
    prices[name] *= 2
print(prices)
items = iter(prices.items())
print(next(items))
del prices["coffee"]
prices["coffee"] = 1
print(list(items))
