# sys.setrecursionlimit raises the depth plain recursion and recursion
# through __init__ may reach; lowering it again takes effect too.
import sys
sys.setrecursionlimit(20000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(15000))
def f(n): return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("RecursionError", e)
import functools
@functools.lru_cache(None)
def g(n): return 1 if n < 2 else g(n - 1) + g(n - 2)
print(g(3000) % 1000)
print(sys.getrecursionlimit())
class Node:
    def __init__(self, n):
        self.child = Node(n - 1) if n else None
sys.setrecursionlimit(3000)
x = Node(500)
print("built")
sys.setrecursionlimit(1000)
try:
    Node(2000)
except RecursionError as e:
    print("RecursionError", e)
