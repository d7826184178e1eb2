def run_all():
    errors = []
    for i, job in enumerate([lambda: 1 / 0, lambda: int("x"), lambda: {}["k"], lambda: 2]):
        try:
            job()
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("jobs failed", errors)


try:
    run_all()
except* ZeroDivisionError as eg:
    print("zero division:", eg.exceptions)
except* (ValueError, KeyError) as eg:
    print("lookup/value:", [type(e).__name__ for e in eg.exceptions])
    print("group message:", eg.message)
print("after except*")
