import csv
import io

with open("people_quoted.csv", newline="") as f:
    for row in csv.reader(f):
        print(row)
with open("people_quoted.csv", newline="") as f:
    rows = list(csv.DictReader(f))
print(rows[0], len(rows), sum(int(r["age"]) for r in rows))
out = io.StringIO()
w = csv.writer(out)
w.writerow(["a", "b,c", 'q"uote', 1, 2.5, None])
w.writerows([[1, 2], ["x\ny", ""]])
print(repr(out.getvalue()))
out2 = io.StringIO()
dw = csv.DictWriter(out2, fieldnames=["id", "name"])
dw.writeheader()
dw.writerow({"id": 1, "name": "ann"})
dw.writerow({"id": 2})
print(repr(out2.getvalue()))
for row in csv.reader(["a;b;c", "1;2;3"], delimiter=";"):
    print(row)
print(list(csv.reader(['x, y,  z'], skipinitialspace=True)), list(csv.reader(["", "a"])))
with open("csv_out_tmp.csv", "w", newline="") as f:
    csv.writer(f).writerow(["k", "v"])
print(open("csv_out_tmp.csv").read().encode())
import os
os.remove("csv_out_tmp.csv")
try:
    dw.writerow({"id": 3, "bad": 1})
except ValueError as e:
    print(e)
