import csv
rows = [
    {"name": "Alice", "dept": "Eng", "salary": 120000},
    {"name": "Bob", "dept": "Sales", "salary": 80000},
    {"name": "Carol, Jr.", "dept": "Eng", "salary": 95000},
    {"name": 'Dan "D"', "dept": "HR", "salary": 70000},
]
with open("staff.csv", "w", newline="") as f:
    writer = csv.DictWriter(f, fieldnames=["name", "dept", "salary"])
    writer.writeheader()
    writer.writerows(rows)
with open("staff.csv") as f:
    print(f.read(), end="")
with open("staff.csv", newline="") as f:
    reader = csv.DictReader(f)
    print(reader.fieldnames)
    total = {}
    for row in reader:
        total[row["dept"]] = total.get(row["dept"], 0) + int(row["salary"])
        print(row)
print(total)
with open("staff.csv", newline="") as f:
    reader = csv.reader(f)
    header = next(reader)
    data = list(reader)
print(header, len(data), data[2])
with open("grid.csv", "w", newline="") as f:
    w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_NONNUMERIC)
    w.writerow(["x", "y", 1.5])
    w.writerow([1, None, "a;b"])
print(open("grid.csv").read(), end="")
with open("grid.csv", newline="") as f:
    for r in csv.reader(f, delimiter=";", quoting=csv.QUOTE_NONNUMERIC):
        print(r)
with open("staff.csv", newline="") as f:
    best = max(csv.DictReader(f), key=lambda r: int(r["salary"]))
print(best["name"])
import os
os.remove("staff.csv")
os.remove("grid.csv")
with open("staff.csv", newline="") as f:
    print(f.read())
