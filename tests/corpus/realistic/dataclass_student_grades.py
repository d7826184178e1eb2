from dataclasses import dataclass, field, asdict
from statistics import mean


@dataclass(order=True)
class Student:
    sort_key: float = field(init=False, repr=False)
    name: str
    grades: list[int] = field(default_factory=list, compare=False)

    def __post_init__(self) -> None:
        self.sort_key = -self.average

    @property
    def average(self) -> float:
        return mean(self.grades) if self.grades else 0.0

    @property
    def letter(self) -> str:
        avg = self.average
        for cutoff, letter in [(90, "A"), (80, "B"), (70, "C"), (60, "D")]:
            if avg >= cutoff:
                return letter
        return "F"


students = [
    Student("Maria", [92, 88, 95]),
    Student("Tom", [71, 64, 80]),
    Student("Priya", [85, 91, 89]),
    Student("Leo", [55, 62, 58]),
    Student("Zoe", []),
]
print(f"{'Rank':<5}{'Name':<8}{'Avg':>6}  Grade")
for rank, s in enumerate(sorted(students), 1):
    print(f"{rank:<5}{s.name:<8}{s.average:>6.1f}  {s.letter}")
print(students[0])
print(asdict(students[1]))
print("Maria > Tom?", students[0] > students[1])
