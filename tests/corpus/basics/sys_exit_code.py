import sys


def main():
    print("checking configuration")
    errors = ["missing name", "bad port"]
    for e in errors:
        print(f"error: {e}")
    return len(errors)


if __name__ == "__main__":
    sys.exit(main())
