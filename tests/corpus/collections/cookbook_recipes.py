from collections import deque, namedtuple, defaultdict, Counter
from operator import itemgetter, attrgetter
import heapq
import itertools


def search(lines, pattern, history=5):
    previous_lines = deque(maxlen=history)
    for li in lines:
        if pattern in li:
            yield li, previous_lines
        previous_lines.append(li)


text = ["a python", "b", "c", "d python", "e", "f", "g", "h python"]
for line, prevlines in search(text, "python", 2):
    print(list(prevlines), line)
nums = [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums))
portfolio = [
    {"name": "IBM", "shares": 100, "price": 91.1},
    {"name": "AAPL", "shares": 50, "price": 543.22},
    {"name": "FB", "shares": 200, "price": 21.09},
]
print(heapq.nsmallest(2, portfolio, key=lambda s: s["price"]))
print(sorted(portfolio, key=itemgetter("shares"), reverse=True)[0]["name"])
prices = {"ACME": 45.23, "AAPL": 612.78, "IBM": 205.55}
print(min(zip(prices.values(), prices.keys())), sorted(zip(prices.values(), prices.keys()))[-1])
a = {"x": 1, "y": 2, "z": 3}
b = {"w": 10, "x": 11, "y": 2}
print(a.keys() & b.keys(), a.keys() - b.keys(), a.items() & b.items())
Stock = namedtuple("Stock", ["name", "shares", "price"])
s = Stock("ACME", 100, 123.45)
print(s, s._replace(shares=75), s._asdict(), Stock._fields, Stock._make(["X", 1, 2.0]))
User = namedtuple("User", "uid name")
users = [User(23, "z"), User(3, "a"), User(99, "m")]
print(sorted(users, key=attrgetter("name")), min(users, key=attrgetter("uid")))
rows = [{"date": "07/01", "addr": "A"}, {"date": "07/02", "addr": "B"}, {"date": "07/01", "addr": "C"}]
rows.sort(key=itemgetter("date"))
for date, items in itertools.groupby(rows, key=itemgetter("date")):
    print(date, [i["addr"] for i in items])
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)])
d = defaultdict(int)
for w in "a b a c b a".split():
    d[w] += 1
print(d, Counter(d).most_common(1))
print(list(itertools.chain([1, 2], (3, 4), "ab")), list(itertools.compress("abcd", [1, 0, 1, 0])))
s = "pýtĥöñ\fis\tawesome\r\n"
remap = {ord("\t"): " ", ord("\f"): " ", ord("\r"): None}
print(repr(s.translate(remap)), "abc".translate(str.maketrans("ab", "xy")), str.maketrans({"a": "1"}))
for i, (x, y) in enumerate(zip("ab", "cd"), start=1):
    print(i, x, y)
print(list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(itertools.takewhile(str.isalpha, "ab1c")))
print(list(reversed(range(3))), list(filter(None, [0, 1, "", "a"])), list(map(str.upper, "ab")))
