name = "Ada"
age = 36
items = ["x", "y"]
data = {"key": "value"}
print(f"{name} is {age} years old")
print(f"next year: {age + 1}, items: {items}, first: {items[0]}")
print(f"lookup: {data['key']}, length: {len(name)}")
print(f"{{literal braces}} and {name.upper()}")
print(f"{'nested quotes'} {3 * 'ab'}")
print(f"multi"
      f"part {name}")
print(f"{None} {True} {3.0} {[1, 'a']}")
