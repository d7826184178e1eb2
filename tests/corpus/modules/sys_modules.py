# sys.modules maps imported module names to the modules.
import sys
import json

print("json" in sys.modules, "sys" in sys.modules)
print(sys.modules["json"] is json)
me = sys.modules[__name__]
print(me.__name__)
print(getattr(me, "json") is json)
print(type(sys.modules).__name__)
