from __future__ import annotations


class Matrix:
    def __init__(self, rows: list[list[float]]) -> None:
        if len({len(r) for r in rows}) != 1:
            raise ValueError("ragged matrix")
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n: int) -> Matrix:
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.rows), len(self.rows[0])

    def __add__(self, other: Matrix) -> Matrix:
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __mul__(self, k: float) -> Matrix:
        return Matrix([[k * x for x in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other: Matrix) -> Matrix:
        if self.shape[1] != other.shape[0]:
            raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def transpose(self) -> Matrix:
        return Matrix([list(c) for c in zip(*self.rows)])

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Matrix) and self.rows == other.rows

    def __getitem__(self, idx: tuple[int, int]) -> float:
        i, j = idx
        return self.rows[i][j]

    def __repr__(self) -> str:
        return f"Matrix({self.rows})"

    def __str__(self) -> str:
        width = max(len(f"{x:g}") for r in self.rows for x in r)
        return "\n".join("| " + " ".join(f"{x:>{width}g}" for x in r) + " |" for r in self.rows)


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
c = Matrix([[1, 2, 3], [4, 5, 6]])
print(a + b)
print(2 * a)
print(a @ b)
print(a @ c)
print(c.transpose(), c.transpose().shape)
print(a @ Matrix.identity(2) == a, a[1, 0], repr(b * 0.5))
for bad in (lambda: c @ a, lambda: Matrix([[1], [2, 3]])):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
