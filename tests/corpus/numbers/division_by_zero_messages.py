cases = [
    ("1 / 0", lambda: 1 / 0),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("1.5 % 0", lambda: 1.5 % 0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("0 ** -1", lambda: 0 ** -1),
    ("1.0 // 0.0", lambda: 1.0 // 0.0),
]
for text, f in cases:
    try:
        f()
    except ZeroDivisionError as e:
        print(f"{text:12} -> ZeroDivisionError: {e}")
