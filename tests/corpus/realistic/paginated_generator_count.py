from itertools import count, islice

CATALOG = [f"SKU-{n:04d}" for n in range(1, 38)]
calls = []


def fetch_page(page: int, per_page: int = 10) -> dict:
    calls.append(page)
    start = (page - 1) * per_page
    items = CATALOG[start:start + per_page]
    return {"page": page, "items": items, "has_more": start + per_page < len(CATALOG)}


def all_items(per_page: int = 10):
    for page in count(1):
        resp = fetch_page(page, per_page)
        yield from resp["items"]
        if not resp["has_more"]:
            return


print("first 3:", list(islice(all_items(), 3)), "pages fetched:", calls)
calls.clear()
everything = list(all_items(per_page=8))
print("total items:", len(everything), "pages fetched:", calls)
print("last item:", everything[-1])
calls.clear()
match = next(item for item in all_items() if item.endswith("25"))
print("found", match, "after fetching pages", calls)
