import time
t = time.gmtime(86400 * 365 + 3723)
print(t, t.tm_year, t.tm_yday, t[0], tuple(t), len(t), time.mktime(t), time.asctime(t), time.ctime(0))
print(time.strftime("%Y-%m-%d %H:%M:%S", t), time.strftime("%a %d %b", time.localtime(1e9)), time.timezone)
y, m, *rest = time.gmtime(0)
print(y, m, rest)
