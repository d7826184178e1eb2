import sys

CONFIG = {
    "name": "billing-service",
    "port": 80800,
    "workers": 4,
    "log_level": "verbose",
}

RULES = {
    "name": (str, lambda v: len(v) > 0, "must be non-empty"),
    "port": (int, lambda v: 1 <= v <= 65535, "must be between 1 and 65535"),
    "workers": (int, lambda v: v > 0, "must be positive"),
    "log_level": (str, lambda v: v in {"debug", "info", "warning", "error"}, "must be a known level"),
}


def validate(config: dict) -> list[str]:
    errors = []
    for key, (typ, check, message) in RULES.items():
        if key not in config:
            errors.append(f"{key}: missing")
        elif not isinstance(config[key], typ):
            errors.append(f"{key}: expected {typ.__name__}, got {type(config[key]).__name__}")
        elif not check(config[key]):
            errors.append(f"{key}: {message} (got {config[key]!r})")
    return errors


def main() -> None:
    print(f"validating {len(CONFIG)} settings...")
    errors = validate(CONFIG)
    for err in errors:
        print(f"  error: {err}", file=sys.stderr)
    if errors:
        print(f"{len(errors)} problem(s) found")
        sys.exit(2)
    print("config ok")


main()
