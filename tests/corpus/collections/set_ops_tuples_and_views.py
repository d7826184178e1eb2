# Set operators on sets of tuples (coordinates, edges) compare the tuples by
# value; dict keys and items views work as sets with & | - ^ and compare
# as sets.
a = {(1, 2), (3, 4)}
b = {(1, 2)}
print(a | b, a & b, a - b, a ^ b, b <= a, a == b | {(3, 4)})
print({frozenset([1])} & {frozenset([1])}, {(1, (2, 3))} & {(1, (2, 3))}, {10**30} & {10**30})
edges = {(0, 1), (1, 2), (2, 0)}
reversed_edges = {(y, x) for x, y in edges}
print(sorted(edges | reversed_edges), len(edges & {(1, 0), (0, 1)}))
d = {"a": 1, "b": 2, "c": 3}
print(d.keys() & {"a", "z"}, sorted(d.keys() - {"a"}), d.items() & {("a", 1)}, sorted(d.keys() | [4], key=str))
print(sorted(d.keys() ^ {"a", "q"}), {"b"} & d.keys(), d.keys() == {"a", "b", "c"}, d.keys() <= {"a", "b", "c", "d"})
print(d.items() >= {("a", 1)}, d.keys() != {"a"}, "a" in d.keys(), ("a", 1) in d.items())
try:
    d.values() & {1}
except TypeError as e:
    print(e)
