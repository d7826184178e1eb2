from typing import NamedTuple


class Employee(NamedTuple):
    name: str
    dept: str = "engineering"
    salary: int = 100

    def raise_salary(self, pct):
        return self._replace(salary=int(self.salary * (1 + pct / 100)))


staff = [Employee("Ann"), Employee("Bob", "sales", 90), Employee("Cy", salary=120)]
for e in staff:
    print(e)
print(staff[1].raise_salary(10))
print(sorted(staff, key=lambda e: e.salary)[0].name, Employee._fields)
