import datetime
from datetime import date, datetime as DT, time, timedelta, MINYEAR, MAXYEAR

print(MINYEAR, MAXYEAR)
d = date(2024, 3, 1)
print(d, repr(d), d.year, d.month, d.day)
print(d.weekday(), d.isoweekday(), d.isocalendar(), tuple(d.isocalendar()))
print(d.isocalendar().week, d.isocalendar()[0])
print(d.toordinal(), date.fromordinal(d.toordinal()), date.fromordinal(1))
print(d.replace(day=31), d.replace(year=2023, month=12))
print(date.fromisoformat("2023-12-25"), date.fromisoformat("20231225"))
print(d.isoformat(), d.ctime())
for fmt in ["%Y-%m-%d", "%A %d %B %Y", "%a %b %d %y", "%j", "%%", "%H:%M:%S", "%d/%m/%Y %I%p"]:
    print(repr(fmt), "->", d.strftime(fmt))
print(f"{d:%b %d}", f"{d}", format(d, ""), "{:%Y}".format(d))
print(date.min, date.max, date.resolution)
print(d == date(2024, 3, 1), d != date(2024, 3, 2), d < date(2024, 3, 2), d >= date(2025, 1, 1))
print(hash(d) == hash(date(2024, 3, 1)))
print(sorted([date(2024, 1, 5), date(2023, 6, 1), date(2024, 1, 1)]))
print(len({date(2024, 1, 1), date(2024, 1, 1), date(2024, 1, 2)}))
for args in [(0, 1, 1), (2024, 13, 1), (2023, 2, 29), (2024, 4, 31), (10000, 1, 1), ("2024", 1, 1), (2024.0, 1, 1)]:
    try:
        date(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for s in ["2024-1-1", "2024/01/01", "hello"]:
    try:
        date.fromisoformat(s)
    except ValueError as e:
        print("ValueError", e)
print(date(2024, 2, 29), date(2000, 2, 29))
for y in (2019, 2020, 2021, 2026, 1999):
    print(y, date(y, 1, 1).isocalendar(), date(y, 12, 31).isocalendar(), date(y, 12, 31).strftime("%j %U %W"))

dt = DT(2024, 3, 1, 10, 0)
print(dt, repr(dt), repr(DT(2024, 3, 1)), repr(DT(2024, 3, 1, 10, 30, 15)), repr(DT(2024, 3, 1, 0, 0, 0, 5)))
print(dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo)
print(dt.date(), dt.time(), repr(dt.date()), repr(dt.time()))
print(dt.isoformat(), dt.isoformat(" "), dt.isoformat(timespec="minutes"), dt.isoformat(sep="_", timespec="milliseconds"))
dt2 = DT(2024, 12, 31, 23, 59, 58, 123456)
print(dt2, dt2.isoformat(), dt2.isoformat(timespec="seconds"), dt2.isoformat(timespec="hours"))
print(dt2.strftime("%Y-%m-%d %H:%M:%S.%f %p %I %a %A %b %B %j %y"), dt2.ctime())
print(f"{dt2:%H:%M}", f"{dt2}", f"{dt2!r}")
print(DT.combine(date(2024, 5, 6), time(7, 8, 9)))
print(DT.fromisoformat("2024-03-01T10:20:30"), DT.fromisoformat("2024-03-01 10:20"), DT.fromisoformat("2024-03-01"),
      DT.fromisoformat("2024-03-01T10:20:30.5"))
print(DT.strptime("2024-03-01 14:05:09", "%Y-%m-%d %H:%M:%S"))
print(DT.strptime("01/Mar/24 02:05 PM", "%d/%b/%y %I:%M %p"))
print(DT.strptime("Friday 1 March 2024", "%A %d %B %Y"))
print(repr(DT.strptime("2024-060", "%Y-%j")), repr(DT.strptime("12:30:45.25", "%H:%M:%S.%f")))
for s, f in [("2024-13-01", "%Y-%m-%d"), ("2024-01-01x", "%Y-%m-%d"), ("abc", "%Y")]:
    try:
        DT.strptime(s, f)
    except ValueError as e:
        print("ValueError", e)
print(DT.fromtimestamp(0), DT.fromtimestamp(1709287200), DT.utcfromtimestamp(86400 * 365.25))
print(DT(2024, 3, 1, 10).timestamp(), DT(1970, 1, 1, 0, 0, 1, 500000).timestamp())
print(DT.fromtimestamp(1709287200.25).isoformat())
print(dt.replace(hour=23, minute=5), dt.replace(year=2020))
print(isinstance(dt, date), isinstance(d, DT), type(dt).__name__)
print(dt == DT(2024, 3, 1, 10), dt < dt2, dt > dt2, dt == d, dt != d)
try:
    dt < d
except TypeError as e:
    print("TypeError", e)
for args in [(2024, 1, 1, 24), (2024, 1, 1, 0, 60), (2024, 1, 1, 0, 0, 60), (2024, 1, 1, 0, 0, 0, 10**6)]:
    try:
        DT(*args)
    except ValueError as e:
        print("ValueError", e)
print(DT.min, DT.max)
print(type(DT.now()).__name__, type(DT.today()).__name__, type(date.today()).__name__, type(DT.utcnow()).__name__)

t = time(10, 30)
print(t, repr(t), repr(time()), repr(time(1, 2, 3)), repr(time(1, 2, 3, 4)), time(1, 2, 3, 4))
print(t.hour, t.minute, t.second, t.microsecond, t.isoformat(timespec="hours"))
print(time.fromisoformat("08:15:00"), time.fromisoformat("08:15"), f"{t:%I:%M %p}", t.strftime("%H%M"))
print(t < time(11), t == time(10, 30, 0), time.min, time.max, t.replace(minute=0))
try:
    time(25)
except ValueError as e:
    print("ValueError", e)
print(datetime.date(2024, 1, 1) + datetime.timedelta(days=1))
