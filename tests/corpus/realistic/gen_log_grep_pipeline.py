"""Generator pipeline in the style of "Generator Tricks for Systems Programmers"."""

ACCESS_LOG = """\
81.107.39.38 - - [24/Feb/2008:00:08:59 -0600] "GET /ply/ HTTP/1.1" 200 7587
81.107.39.38 - - [24/Feb/2008:00:15:21 -0600] "GET /favicon.ico HTTP/1.1" 404 133
66.249.72.134 - - [24/Feb/2008:00:18:16 -0600] "GET /ply/ply.html HTTP/1.1" 200 97238
12.15.221.233 - - [24/Feb/2008:00:20:05 -0600] "GET /robots.txt HTTP/1.1" 404 133
66.249.72.134 - - [24/Feb/2008:00:21:39 -0600] "GET /ply/bookplug.gif HTTP/1.1" 200 23903
74.6.19.10 - - [24/Feb/2008:00:23:11 -0600] "GET /ply/ply-2.3.tar.gz HTTP/1.1" 200 -
74.6.19.10 - - [24/Feb/2008:00:26:59 -0600] "GET /index.html HTTP/1.1" 304 -
81.107.39.38 - - [24/Feb/2008:00:30:00 -0600] "GET /ply/example.html HTTP/1.1" 200 2359"""


def gen_lines(text):
    for line in text.splitlines():
        yield line


def gen_grep(pattern, lines):
    return (line for line in lines if pattern in line)


def field_map(dictseq, name, func):
    for d in dictseq:
        d[name] = func(d[name])
        yield d


def apache_log(lines):
    colnames = ("host", "referrer", "user", "datetime", "method", "request", "proto", "status", "bytes")
    for line in lines:
        host, ref, user, rest = line.split(" ", 3)
        dt, rest = rest[1:].split("] ", 1)
        method, request, proto, status, nbytes = rest.replace('"', "").split()
        yield dict(zip(colnames, (host, ref, user, dt, method, request, proto, status, nbytes)))


lines = gen_lines(ACCESS_LOG)
log = apache_log(lines)
log = field_map(log, "status", int)
log = field_map(log, "bytes", lambda s: int(s) if s != "-" else 0)

log = list(log)
print("total bytes:", sum(r["bytes"] for r in log))
print("largest:", max((r["bytes"], r["request"]) for r in log))
print("hosts:", sorted({r["host"] for r in log}))
print("404s:", [r["request"] for r in log if r["status"] == 404])

ply_lines = gen_grep("/ply/", gen_lines(ACCESS_LOG))
bytecolumn = (line.rsplit(None, 1)[1] for line in ply_lines)
print("ply bytes:", sum(int(x) for x in bytecolumn if x != "-"))
