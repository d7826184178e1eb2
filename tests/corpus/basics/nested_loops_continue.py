grid = [
    [1, 2, 3],
    [4, -1, 6],
    [7, 8, 9],
]

for row_index, row in enumerate(grid):
    for value in row:
        if value < 0:
            print(f"row {row_index}: skipping negative")
            continue
        if value == 8:
            print("found 8, stop this row")
            break
        print(f"row {row_index}: {value}")

for i in range(3):
    for j in range(3):
        if j > i:
            break
        print(i, j, end="; ")
print()
