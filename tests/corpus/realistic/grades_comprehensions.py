raw = """\
alice,math,91
bob,math,78
alice,physics,85
carol,math,88
bob,physics,92
carol,physics,79
dave,math,65
alice,chemistry,94
dave,chemistry,71"""

records = [(n, s, int(g)) for n, s, g in (line.split(",") for line in raw.splitlines())]
students = sorted({n for n, _, _ in records})
subjects = sorted({s for _, s, _ in records})

by_student = {name: {s: g for n, s, g in records if n == name} for name in students}
averages = {name: sum(gr.values()) / len(gr) for name, gr in by_student.items()}
top_per_subject = {
    subj: max(((g, n) for n, s, g in records if s == subj))[1] for subj in subjects
}

header = f"{'student':<8}" + "".join(f"{s:>11}" for s in subjects) + f"{'avg':>8}"
print(header)
print("-" * len(header))
for name in students:
    cells = "".join(f"{by_student[name].get(s, '-'):>11}" for s in subjects)
    print(f"{name:<8}{cells}{averages[name]:>8.2f}")
print()
print("top per subject:", top_per_subject)
print("honor roll:", [n for n, a in averages.items() if a >= 85])
print("grade matrix:", [[by_student[n].get(s, 0) for s in subjects] for n in students])
flat = [g for gr in by_student.values() for g in gr.values() if g > 80]
print("grades above 80:", sorted(flat, reverse=True))
print("transposed:", list(zip(*[[1, 2, 3], [4, 5, 6]])))
