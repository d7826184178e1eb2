RAW = """name,department,salary,start_year
Alice,Engineering,125000,2015
Bob,Marketing,72000,2019
Carla,Engineering,134000,2012
Dmitri,Sales,64000,2021
Eve,Engineering,98000,2020
Farid,Sales,71000,2016
Gwen,Marketing,83000,2014"""


def read_rows(text):
    lines = iter(text.splitlines())
    header = next(lines).split(",")
    for line in lines:
        yield dict(zip(header, line.split(",")))


def convert(rows, **converters):
    for row in rows:
        yield {k: converters.get(k, str)(v) for k, v in row.items()}


def where(rows, predicate):
    return (r for r in rows if predicate(r))


rows = list(convert(read_rows(RAW), salary=int, start_year=int))
print(f"{'Name':<8}{'Dept':<13}{'Salary':>9}  Since")
for r in rows:
    print(f"{r['name']:<8}{r['department']:<13}{r['salary']:>9,}  {r['start_year']}")

veterans = where(rows, lambda r: r["start_year"] < 2016)
print("veterans:", ", ".join(r["name"] for r in veterans))

departments = {}
for r in rows:
    departments.setdefault(r["department"], []).append(r["salary"])
for dept, salaries in sorted(departments.items()):
    avg = sum(salaries) / len(salaries)
    print(f"{dept:<12} n={len(salaries)} avg={avg:>10,.2f} max={max(salaries):,}")
print("payroll:", f"${sum(r['salary'] for r in rows):,}")
