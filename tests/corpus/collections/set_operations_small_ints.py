a = {5, 3, 1, 9, 7}
b = {3, 4, 5, 6}
print(a, b)
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= {1, 3, 5, 7, 9, 11}, {1, 3} < a, a.isdisjoint({2, 4}))
a.add(2)
a.discard(100)
a.remove(9)
print(a, len(a), 2 in a)
print(set([4, 4, 2, 2, 0]), set(range(10, 0, -2)), {x % 5 for x in range(20)})
print(sorted({"pear", "apple", "fig"}))
try:
    a.remove(42)
except KeyError as e:
    print("KeyError:", e)
print(set(), {1}.union([2], (3,)), {1, 2, 3}.intersection({2, 3, 4}, {3}))
