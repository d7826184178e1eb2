class Widget:
    count = 0
    registry = {}

    def __init__(self, name):
        Widget.count += 1
        self.id = Widget.count
        Widget.registry[name] = self.id

    def __repr__(self):
        return f"<Widget #{self.id}>"


widgets = [Widget(n) for n in ["button", "label", "slider"]]
print(widgets)
print(Widget.count, Widget.registry)
print(widgets[0].count)
