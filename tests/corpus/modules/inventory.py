"""A helper module the program `local_import.py` imports from its folder."""

TAX = 0.2
_registry = []


def price_with_tax(price):
    return round(price * (1 + TAX), 2)


class Item:
    def __init__(self, name, price):
        self.name = name
        self.price = price
        _registry.append(name)

    def __repr__(self):
        return f"Item({self.name!r}, {self.price})"


def registered():
    return list(_registry)


print("inventory loaded as", __name__)

if __name__ == "__main__":
    print("inventory run directly")
