# WeakMethod: a weak reference to a bound method, dead when its object is.
import weakref
class Button:
    def __init__(self, name): self.name = name
    def click(self): print("clicked", self.name)
b = Button("ok")
wm = weakref.WeakMethod(b.click, lambda w: print("method gone"))
print(isinstance(wm, weakref.ref))
wm()()
r = weakref.ref(b.click)
print(r())
del b
print(wm())
try:
    weakref.WeakMethod(print)
except TypeError as e:
    print(e)
