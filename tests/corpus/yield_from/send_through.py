def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value
        print(f"  inner got {value}, total {total}")


def gather_totals(results):
    while True:
        total = yield from accumulate()
        print(f"outer collected {total}")
        results.append(total)


results = []
acc = gather_totals(results)
next(acc)
for v in [1, 2, 3]:
    acc.send(v)
acc.send(None)
for v in [10, 20]:
    acc.send(v)
acc.send(None)
print(results)
