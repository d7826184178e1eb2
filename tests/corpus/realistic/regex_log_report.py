# Parse an access log with named groups and summarise it, the way a
# weekend script does.
import re
from collections import Counter, defaultdict

LOG = """\
10.0.0.1 - - [12/Mar/2024:10:00:01] "GET /index.html HTTP/1.1" 200 512
10.0.0.2 - - [12/Mar/2024:10:00:03] "POST /api/login HTTP/1.1" 401 87
10.0.0.1 - - [12/Mar/2024:10:00:07] "GET /api/items?page=2 HTTP/1.1" 200 2048
bogus line without structure
10.0.0.3 - - [12/Mar/2024:10:01:15] "GET /missing HTTP/1.1" 404 0
10.0.0.2 - - [12/Mar/2024:10:01:16] "POST /api/login HTTP/1.1" 200 91
"""

LINE = re.compile(
    r"""
    (?P<ip>\d+(?:\.\d+){3})      # client address
    \s-\s-\s
    \[(?P<when>[^\]]+)\]\s
    "(?P<method>[A-Z]+)\s(?P<path>\S+)\s[^"]*"\s
    (?P<status>\d{3})\s(?P<size>\d+)
    """,
    re.VERBOSE,
)

by_status = Counter()
bytes_by_ip = defaultdict(int)
bad = []
for n, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        bad.append(n)
        continue
    rec = m.groupdict()
    by_status[rec["status"]] += 1
    bytes_by_ip[rec["ip"]] += int(rec["size"])
    path = re.sub(r"\?.*$", "", rec["path"])
    print(f"{rec['method']:<5}{path:<16}{rec['status']}")

print("statuses:", sorted(by_status.items()))
print("bytes:", dict(sorted(bytes_by_ip.items())))
print("unparsed lines:", bad)
hours = {re.search(r":(\d\d):(\d\d):", line).groups() for line in LOG.splitlines() if "[" in line}
print("minutes seen:", sorted(hours))
print(re.split(r"[/?=]", "/api/items?page=2"))
