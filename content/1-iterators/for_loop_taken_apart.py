colours = ["red", "green", "blue"]

print("a for loop:")
for colour in colours:
    print("  ", colour)

print("the same loop, taken apart:")
iterator = iter(colours)
while True:
    try:
        colour = next(iterator)
    except StopIteration:
        break
    print("  ", colour)

print("iter() of an iterator is the iterator itself:", iter(iterator) is iterator)
print("and it is used up now:", list(iterator))
print("iter() of the list makes a fresh one:", list(iter(colours)))
