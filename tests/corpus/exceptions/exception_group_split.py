eg = ExceptionGroup(
    "batch",
    [ValueError("v1"), TypeError("t1"), ExceptionGroup("inner", [ValueError("v2"), KeyError("k")])],
)
print(repr(eg))
print(str(eg))
match, rest = eg.split(ValueError)
print("match:", repr(match))
print("rest:", repr(rest))
print(eg.subgroup(lambda e: isinstance(e, KeyError)))
try:
    raise eg
except* ValueError as g:
    print("handled", len(g.exceptions), "ValueError branch(es)")
except* TypeError:
    print("handled TypeError")
except* KeyError as g:
    print("handled", repr(g))
