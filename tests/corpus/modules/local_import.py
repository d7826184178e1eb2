# Modules of the program's own folder: a file and a package, imported the
# ways programs import them; each runs once, under its own name.
import inventory
from inventory import Item, price_with_tax
import inventory as inv
import shapes.circle
from shapes import square

print(inventory.TAX, price_with_tax(10))
print(Item("pen", 2), Item("ink", 5))
print(inv is inventory, inv.registered())
print(shapes.circle.area(2), square.area(3))
print(shapes.DEFAULT_UNIT, shapes.square is square)
print(inventory.__name__, shapes.circle.__name__)
try:
    from inventory import missing
except ImportError as e:
    # The message ends with the module's absolute path: keep it out.
    print("ImportError:", str(e).split(" (")[0])
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e.name)
from inventory import nope
