from __future__ import annotations

from dataclasses import dataclass, field


class OutOfStock(Exception):
    pass


@dataclass
class Product:
    sku: str
    name: str
    price: float
    quantity: int = 0
    reorder_level: int = 5

    @property
    def value(self) -> float:
        return self.price * self.quantity

    @property
    def needs_reorder(self) -> bool:
        return self.quantity <= self.reorder_level


@dataclass
class Inventory:
    products: dict[str, Product] = field(default_factory=dict)
    log: list[str] = field(default_factory=list)

    def add(self, product: Product) -> None:
        self.products[product.sku] = product
        self.log.append(f"added {product.sku}")

    def receive(self, sku: str, qty: int) -> None:
        self.products[sku].quantity += qty
        self.log.append(f"received {qty} x {sku}")

    def sell(self, sku: str, qty: int) -> float:
        p = self.products[sku]
        if p.quantity < qty:
            raise OutOfStock(f"{p.name}: requested {qty}, only {p.quantity} left")
        p.quantity -= qty
        self.log.append(f"sold {qty} x {sku}")
        return qty * p.price

    def report(self) -> None:
        print(f"{'SKU':<6}{'Name':<14}{'Qty':>5}{'Price':>9}{'Value':>10}")
        for p in sorted(self.products.values(), key=lambda p: p.value, reverse=True):
            flag = "  <- reorder" if p.needs_reorder else ""
            print(f"{p.sku:<6}{p.name:<14}{p.quantity:>5}{p.price:>9.2f}{p.value:>10.2f}{flag}")
        print(f"{'total value':<34}{sum(p.value for p in self.products.values()):>10.2f}")


inv = Inventory()
inv.add(Product("K-01", "keyboard", 49.99, 12))
inv.add(Product("M-02", "mouse", 19.5, 30, reorder_level=10))
inv.add(Product("S-03", "monitor", 189.0, 4, reorder_level=2))
inv.add(Product("C-04", "usb cable", 5.25))
revenue = 0.0
for sku, qty in [("K-01", 8), ("M-02", 21), ("S-03", 5), ("C-04", 1), ("S-03", 2)]:
    try:
        revenue += inv.sell(sku, qty)
    except OutOfStock as e:
        print("cannot sell:", e)
inv.receive("C-04", 50)
inv.report()
print(f"revenue: ${revenue:,.2f}")
print("log:", "; ".join(inv.log))
