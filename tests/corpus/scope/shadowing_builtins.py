def process(list):
    return [x * 2 for x in list]


print(process([1, 2, 3]))

len = lambda obj: "shadowed!"
print(len([1, 2, 3]))
del len
print(len([1, 2, 3]))

max_value = max(3, 7)
print(max_value)
