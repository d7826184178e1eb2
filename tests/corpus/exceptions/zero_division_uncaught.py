def ratio(hits, total):
    return hits / total


stats = [(3, 4), (5, 10), (1, 0)]
for hits, total in stats:
    print(f"{hits}/{total} = {ratio(hits, total):.2f}")
