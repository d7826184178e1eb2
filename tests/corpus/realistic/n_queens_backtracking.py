def queens(n, placed=()):
    """Yield every solution to the n-queens problem as a tuple of columns."""
    row = len(placed)
    if row == n:
        yield placed
        return
    for col in range(n):
        if all(col != c and abs(col - c) != row - r for r, c in enumerate(placed)):
            yield from queens(n, placed + (col,))


def show(solution):
    n = len(solution)
    for col in solution:
        print(" ".join("Q" if i == col else "." for i in range(n)))


for n in range(4, 9):
    count = sum(1 for _ in queens(n))
    print(f"{n}x{n}: {count} solutions")

first = next(queens(8))
print("first 8-queens solution:", first)
show(first)
symmetric = [s for s in queens(6) if s == s[::-1][::-1] and tuple(5 - c for c in s) in set(queens(6))]
print("6x6 solutions with mirror images present:", len(symmetric))
