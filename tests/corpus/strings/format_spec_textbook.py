import math
items = [("Widget", 4, 3.5), ("Gadget", 12, 10.0), ("Thingamajig", 1, 1234.567)]
print(f"{'Item':<12}|{'Qty':^5}|{'Price':>10}")
print("-" * 29)
for name, qty, price in items:
    print(f"{name:<12}|{qty:^5}|{price:>10.2f}")
print(f"{'centered':^20}|")
print(f"{'x':*^11}", f"{'y':->6}", f"{'z':_<4}|")
print(f"{math.pi:^10.3f}|{math.e:+.4f}|{-math.e: .2f}")
print(f"{1234567:,}", f"{1234567.891:,.2f}", f"{1234567:_}", f"{255:_x}", f"{0xdeadbeef:_X}")
print(f"{0.256:08.2%}", f"{0.5:%}", f"{1/3:.1%}")
print(f"{'hi'!r:>12}|", f"{'hi'!s:>6}|", f"{'é'!a}")
w, p = 12, 3
print(f"{math.pi:{w}.{p}f}|", f"{math.pi:>{w}}|")
print("{:{w}.{p}f}|".format(math.tau, w=10, p=2))
print(f"{42:b}", f"{42:#b}", f"{42:o}", f"{42:#o}", f"{42:x}", f"{42:#X}", f"{42:08b}")
print(f"{-42:06d}", f"{42:=+8d}", f"{3.0:g}", f"{1e20:g}", f"{1.5e-7:g}", f"{123456789.0:e}")
print(f"{12345.6789:.3e}", f"{0.0001234:.2g}", f"{100:.2g}", f"{2.5:.0f}", f"{3.5:.0f}")
print(f"{'abc':.2}", f"{'abcdef':>8.3}|", f"{7:c}", f"{65:c}")
x = 10; y = 3
print(f"{x=}", f"{x / y=:.3f}", f"{x + y = }", f"{'s'=!r:>5}")
print(f"{True}", f"{True:>6}", f"{None!s:>5}", f"{3:>5}" f"{4:<3}|")
print(format(1234.5, ",.1f"), format(5, "03"), format("t", "^5") + "|")
print(f"{1_000_000:,d}".replace(",", "."))
print(f"{{literal}} {x}")
print(f"{1e6:,.0f}", f"{-0.0:.1f}", f"{float('inf'):>6}", f"{float('nan'):f}")
print(f"{12:n}", f"{1.0:.3}", f"{10:#x}")
print(f"{'abc':d}")
