# pprint as tutorials use it: nested data too wide for one line, width,
# depth, sort_dicts, pformat, and the collections types.
import collections
import pprint
from dataclasses import dataclass

state = {
    "loop": {"time": 1.5, "ready": ["Task-2.__step", "Task-3.__wakeup"], "scheduled": []},
    "tasks": [
        {"name": f"Task-{i}", "state": "waiting", "awaits": ("sleep", i * 0.5), "done": False}
        for i in range(1, 5)
    ],
    "clock": 1.5,
}
pprint.pprint(state)
pprint.pprint(state, width=50, depth=2)
pprint.pp({"zebra": 1, "apple": 2}, sort_dicts=False)
pprint.pprint(list(range(30)), compact=True)
pprint.pprint("a long sentence that will not fit on one line of twenty", width=20)
text = pprint.pformat({"b": [1, 2, 3], "a": {"x", "y"} and sorted({"x", "y"})}, indent=2)
print(text.splitlines())
pprint.pprint(collections.OrderedDict(b=1, a=2))
pprint.pprint(collections.defaultdict(list, {"k": [1] * 30}))
pprint.pprint(collections.Counter("mississippi"))
pprint.pprint(collections.deque(range(25), maxlen=30))


@dataclass
class Point:
    x: float
    y: float
    tags: list


pprint.pprint([Point(i, i * 2, ["a" * 10, "b" * 10]) for i in range(3)])
recursive = [1, 2]
recursive.append(recursive)
print(pprint.isrecursive(recursive), pprint.isreadable([1, "a"]), pprint.saferepr([1, "a"]))
pp = pprint.PrettyPrinter(indent=4, width=30)
pp.pprint({"key": ["value"] * 5})
