# `match` and `case` are soft keywords: still usable as names.
match = {"case": 1, "other": 2}
case = "case"
print(match[case], match.get("other"))


def match(pattern, text):
    return pattern in text


print(match("ab", "cabd"))
match = [3, 4]
match match:
    case [case, other]:
        print("case is", case, "other is", other)
match, case = case, match
print(match, case)
