from operator import attrgetter, itemgetter
from typing import NamedTuple


class Employee(NamedTuple):
    name: str
    dept: str
    salary: int
    age: int


staff = [
    Employee("Olivia", "eng", 120_000, 34),
    Employee("Liam", "sales", 70_000, 45),
    Employee("Emma", "eng", 135_000, 29),
    Employee("Noah", "hr", 65_000, 38),
    Employee("Ava", "sales", 70_000, 31),
    Employee("Mia", "eng", 120_000, 41),
]

print("by salary desc, then name:")
for e in sorted(staff, key=lambda e: (-e.salary, e.name)):
    print(f"  {e.name:<7}{e.salary:>9,}")

print("by dept then age:", [e.name for e in sorted(staff, key=attrgetter("dept", "age"))])
print("youngest:", min(staff, key=attrgetter("age")).name)
print("oldest two:", [e.name for e in sorted(staff, key=attrgetter("age"), reverse=True)[:2]])

pairs = [(e.name, e.age) for e in staff]
pairs.sort(key=itemgetter(1))
print("sorted pairs:", pairs[:3])

# stable sort: sort by secondary key first, then primary
records = sorted(staff, key=attrgetter("name"))
records.sort(key=attrgetter("dept"))
print("stable:", [f"{e.dept}/{e.name}" for e in records])
print("case-insensitive:", sorted(["banana", "Apple", "cherry", "apple"], key=str.lower))
print("by length then alpha:", sorted(["kiwi", "fig", "banana", "date", "apple"], key=lambda s: (len(s), s)))
