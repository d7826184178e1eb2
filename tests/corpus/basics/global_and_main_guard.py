VERSION = "1.0"


def banner():
    return f"app v{VERSION} ({__name__})"


def main():
    print(banner())
    print("done")


if __name__ == "__main__":
    main()
else:
    print("imported")
