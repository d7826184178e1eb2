def level(n):
    try:
        print(f"enter level {n}")
        if n == 3:
            raise RuntimeError("deepest")
        level(n + 1)
    except ValueError:
        print("never")
    finally:
        print(f"finally level {n}")


try:
    level(1)
except RuntimeError as e:
    print("caught at top:", e)
