from collections import Counter, OrderedDict, defaultdict, deque, namedtuple

Item = namedtuple("Item", ["sku", "name", "price", "category"])

catalog = [
    Item("A1", "hammer", 12.5, "tools"),
    Item("A2", "wrench", 9.0, "tools"),
    Item("B1", "paint", 22.0, "supplies"),
    Item("B2", "brush", 4.25, "supplies"),
    Item("C1", "ladder", 89.99, "equipment"),
]
by_sku = {item.sku: item for item in catalog}

orders = ["A1", "B2", "A1", "C1", "B2", "B2", "A2", "B1", "A1"]
sold = Counter(orders)
print("best sellers:", sold.most_common(2))

revenue = defaultdict(float)
for sku, qty in sold.items():
    item = by_sku[sku]
    revenue[item.category] += item.price * qty
for cat, total in sorted(revenue.items(), key=lambda kv: -kv[1]):
    print(f"{cat:<10}${total:>8.2f}")

recent = deque(maxlen=3)
for sku in orders:
    recent.append(by_sku[sku].name)
print("last three orders:", list(recent))
recent.rotate(1)
print("rotated:", recent)

restock = Counter({"A1": 5, "B2": 2}) - sold
print("restock leftover:", restock)
print("needs reorder:", sorted((sold - Counter({"A1": 5, "B2": 2})).elements()))

hammer = by_sku["A1"]
print(hammer)
print(hammer._replace(price=11.0))
print(hammer._asdict())

lru = OrderedDict()
for sku in ["A1", "B1", "A1", "C1"]:
    lru[sku] = by_sku[sku].name
    lru.move_to_end(sku)
print(list(lru.items()))
