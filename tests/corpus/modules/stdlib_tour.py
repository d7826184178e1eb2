import math, random, string, statistics, json, re, sys, textwrap
from datetime import datetime, date, timedelta

print(math.isclose(0.1 + 0.2, 0.3), math.gcd(12, 18), math.lcm(4, 6), math.comb(5, 2), math.perm(5, 2), math.prod([1, 2, 3, 4]))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.sqrt(2), math.isqrt(17), math.factorial(10), math.degrees(math.pi), math.radians(180), math.copysign(3, -0.0), math.fabs(-2))
print(math.e, math.tau, math.hypot(3, 4), math.dist((0, 0), (3, 4)), math.isfinite(1e308 * 10), math.isnan(float("nan")), math.exp(1), math.modf(2.5), math.frexp(8.0))
random.seed(2024)
items = list(range(10))
random.shuffle(items)
print(items, random.choice("abcdef"), random.sample(range(100), 3), random.randrange(0, 100, 5), round(random.gauss(0, 1), 6))
print(random.choices(["a", "b", "c"], weights=[10, 1, 1], k=5), round(random.triangular(0, 10), 6), random.getrandbits(8), random.randint(1, 6))
print(string.ascii_lowercase, string.digits, string.punctuation, string.capwords("hello world foo"))
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]), statistics.mode([1, 1, 2]), round(statistics.stdev([1, 2, 3, 4]), 4), statistics.pstdev([1, 2, 3, 4]), statistics.median_low([1, 2, 3, 4]))
obj = {"name": "x", "vals": [1, 2.5, None, True], "nested": {"a": "é"}}
s = json.dumps(obj, indent=2, sort_keys=True)
print(s)
print(json.loads(s) == obj, json.dumps(obj, separators=(",", ":")), json.dumps("é", ensure_ascii=False))
m = re.match(r"(?P<user>\w+)@(?P<host>[\w.]+)", "joe@example.com")
print(m.group("user"), m.groupdict(), m.span(), re.sub(r"\d+", lambda mm: str(int(mm.group()) * 2), "a1b22c333"))
print(re.findall(r"(\w)(\d)", "a1 b2 c3"), re.split(r"[,;]\s*", "a, b;c"), re.fullmatch(r"\d{3}-\d{4}", "555-1234") is not None)
pat = re.compile(r"^(\s*)#\s*(.*)$", re.MULTILINE)
print(pat.findall("x\n  # comment\n# another"), [m.start() for m in re.finditer("a", "banana")])
print(textwrap.fill("The quick brown fox jumps over the lazy dog " * 2, width=30))
print(textwrap.dedent("""
    indented
      more
    """), textwrap.shorten("Hello  world, this is long", width=15))
d = date(2024, 2, 28) + timedelta(days=2)
print(d, d.isoformat(), d.weekday(), d.strftime("%A %d %B %Y"), (date(2024, 12, 25) - date(2024, 1, 1)).days)
dt = datetime(2024, 3, 15, 14, 30, 5)
print(dt, dt + timedelta(hours=12), dt.strftime("%Y-%m-%d %H:%M:%S %p %j"), repr(timedelta(days=1, seconds=5)), dt.date(), dt.time())
print(datetime.strptime("2024-01-05 10:00", "%Y-%m-%d %H:%M"), timedelta(hours=36), timedelta(minutes=90).total_seconds())
print(sys.argv[0].endswith("std1.py"), sys.maxsize, sys.platform in ("linux", "darwin", "win32"), sys.version_info[:2])
sys.exit(3)
