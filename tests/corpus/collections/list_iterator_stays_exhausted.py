# A list iterator that has reached the end stays exhausted, even when the
# list grows afterwards (CPython drops its reference to the list).
queue = ["a"]
it = iter(queue)
print(list(it))
queue.append("b")
print(next(it, "exhausted"))

for item in (walker := iter(queue)):
    print("saw", item)
queue.append("c")
print(next(walker, "still exhausted"))

# Before the end it does see the new items.
it = iter(queue)
next(it)
queue.append("d")
print(list(it))
