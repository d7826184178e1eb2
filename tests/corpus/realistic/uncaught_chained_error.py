import sys

SETTINGS = {"timeout": "30", "retries": "three"}


def get_int(key: str) -> int:
    try:
        return int(SETTINGS[key])
    except ValueError as exc:
        raise RuntimeError(f"setting {key!r} must be an integer") from exc


def main() -> int:
    print("timeout =", get_int("timeout"))
    print("retries =", get_int("retries"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
