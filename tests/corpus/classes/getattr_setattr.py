class Settings:
    debug = False

    def __init__(self):
        self.level = 1


s = Settings()
print(getattr(s, "level"), getattr(s, "debug"), getattr(s, "missing", "default"))
setattr(s, "level", 5)
setattr(s, "new_attr", [1, 2])
print(s.level, s.new_attr, hasattr(s, "new_attr"), hasattr(s, "nope"))
try:
    getattr(s, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.other
except AttributeError as e:
    print("AttributeError:", e)
for name in ["level", "debug"]:
    print(name, "=", getattr(s, name))
