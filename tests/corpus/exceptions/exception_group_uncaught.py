def check(item):
    if item < 0:
        raise ValueError(f"negative item {item}")
    if item == 0:
        raise ZeroDivisionError("zero item")


problems = []
for item in [3, -1, 0, -5]:
    try:
        check(item)
    except Exception as e:
        problems.append(e)

print(f"{len(problems)} problems")
raise ExceptionGroup("validation failed", problems)
