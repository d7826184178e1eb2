from dataclasses import dataclass


@dataclass
class Line:
    description: str
    qty: int
    unit_price: float
    taxable: bool = True

    @property
    def total(self) -> float:
        return self.qty * self.unit_price


TAX_RATE = 0.0825
lines = [
    Line("Consulting (hours)", 12, 150.0),
    Line("Travel expenses", 1, 432.18, taxable=False),
    Line("Software license", 3, 299.99),
    Line("Training workshop", 2, 1250.0),
    Line("Misc. supplies", 17, 3.49),
]

width = 62
print("INVOICE #2024-0042".center(width, "="))
print(f"{'Description':<26}{'Qty':>5}{'Unit':>12}{'Total':>14}  T")
print("-" * width)
for line in lines:
    mark = "*" if line.taxable else " "
    print(f"{line.description:<26}{line.qty:>5}{line.unit_price:>12,.2f}{line.total:>14,.2f}  {mark}")
print("-" * width)
subtotal = sum(l.total for l in lines)
tax = sum(l.total for l in lines if l.taxable) * TAX_RATE
for label, amount in [("Subtotal", subtotal), (f"Tax ({TAX_RATE:.2%})", tax), ("TOTAL", subtotal + tax)]:
    print(f"{label:>43}{amount:>14,.2f}")
print("=" * width)
print(f"{'* taxable item':<30}{'Due in 30 days':>32}")
print(f"{'Largest line:':<15}{max(lines, key=lambda l: l.total).description!r}")
print(f"{subtotal + tax:e} | {subtotal + tax:015.3f} | {int(subtotal):#x} | {int(subtotal):_}")
