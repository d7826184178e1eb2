stock = {"apples": 5, "pears": 2}
stock["plums"] = 7
stock["apples"] += 1
print(stock, len(stock))
print(stock.get("kiwis"), stock.get("kiwis", 0), "pears" in stock, 2 in stock)
print(stock.setdefault("kiwis", 10), stock.setdefault("apples", 0))
print(stock.pop("pears"), stock.pop("nothing", "fallback"))
print(list(stock.keys()), list(stock.values()), list(stock.items()))
stock.update({"apples": 1, "figs": 4}, limes=9)
print(stock)
print(stock.popitem(), stock)
merged = stock | {"extra": 1}
print(merged, {k: v for k, v in merged.items() if v > 4})
for key, value in sorted(stock.items(), key=lambda kv: kv[1]):
    print(f"{key:>6}: {value}")
print(dict.fromkeys(["a", "b"], 0), dict([("x", 1), ("y", 2)]), dict(zip("ab", [1, 2])))
