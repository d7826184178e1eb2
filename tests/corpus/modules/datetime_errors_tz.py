# datetime: error messages, timezone.utc, strptime/strftime round trips
from datetime import date, datetime, time, timedelta, timezone


def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: {result!r}")


attempt("date+int", lambda: date(2024, 1, 1) + 1)
attempt("int+date", lambda: 1 + date(2024, 1, 1))
attempt("date-datetime", lambda: date(2024, 1, 1) - datetime(2024, 1, 1))
attempt("dt+dt", lambda: datetime(2024, 1, 1) + datetime(2024, 1, 1))
attempt("time+td", lambda: time(1) + timedelta(hours=1))
attempt("td*None", lambda: timedelta(1) * None)
attempt("td*str", lambda: timedelta(1) * "x")
attempt("td/str", lambda: timedelta(1) / "x")
attempt("td%int", lambda: timedelta(1) % 2)
attempt("td//float", lambda: timedelta(1) // 1.5)
attempt("td/0", lambda: timedelta(1) / 0)
attempt("td<int", lambda: timedelta(1) < 1)
attempt("date<int", lambda: date(2024, 1, 1) < 5)
attempt("date==int", lambda: date(2024, 1, 1) == 5)
attempt("time<int", lambda: time(1) < 3)
attempt("dt<date", lambda: datetime(2024, 1, 1) < date(2024, 1, 1))
attempt("date<dt", lambda: date(2024, 1, 1) < datetime(2024, 1, 1))
attempt("dt==date", lambda: datetime(2024, 1, 1) == date(2024, 1, 1))
attempt("dt-date", lambda: datetime(2024, 3, 1, 12) - date(2024, 1, 1))
attempt("timedelta(str)", lambda: timedelta("1"))
attempt("fromordinal(0)", lambda: date.fromordinal(0))
attempt("overflow", lambda: datetime.max + timedelta(microseconds=1))
attempt("underflow", lambda: date.min - timedelta(days=1))
attempt("td overflow", lambda: timedelta.max + timedelta(days=1))
attempt("bad iso", lambda: datetime.fromisoformat("2024-03-01X"))
attempt("bad iso time", lambda: time.fromisoformat("25:00"))
attempt("strptime feb30", lambda: datetime.strptime("2024-02-30", "%Y-%m-%d"))
attempt("strptime spaces", lambda: datetime.strptime("  2024", "%Y"))
attempt("strptime extra", lambda: datetime.strptime("10:30:00 extra", "%H:%M:%S"))
attempt("struct", lambda: datetime(2024, 1, 1, 8, 30).timetuple())
attempt("yday", lambda: date(2024, 12, 31).timetuple().tm_yday)

utc = timezone.utc
aware = datetime(2024, 1, 1, 9, 30, tzinfo=utc)
print(aware, repr(aware), aware.isoformat(), aware.tzinfo, aware.tzname(), aware.utcoffset())
print(aware.strftime("%Y-%m-%d %H:%M %z %Z"), "|" + datetime(2024, 1, 1).strftime("%z%Z") + "|")
print(aware + timedelta(hours=20), aware - datetime(2023, 12, 31, tzinfo=utc), aware.timestamp())
print(aware.replace(tzinfo=None), datetime(2024, 1, 1).astimezone(utc), aware.date(), aware.time(), aware.timetz())
print(datetime.fromtimestamp(86400 * 366, tz=utc), datetime.fromisoformat("2024-05-05T05:05:05Z"))
print(datetime.fromisoformat("2024-05-05T05:05:05+00:00") == datetime(2024, 5, 5, 5, 5, 5, tzinfo=utc))
print(time(7, 45, tzinfo=utc), repr(time.fromisoformat("07:45:00+00:00")))
attempt("naive<aware", lambda: datetime(2024, 1, 1) < aware)
attempt("aware-naive", lambda: aware - datetime(2024, 1, 1))
attempt("aware==naive", lambda: aware == datetime(2024, 1, 1, 9, 30))
print(type(datetime.now(utc).tzinfo).__name__, datetime.now(timezone.utc).tzinfo is utc)

fmt = "%a %d %b %Y, %I:%M:%S %p"
stamps = ["Mon 01 Jan 2024, 12:00:00 AM", "Thu 29 Feb 2024, 12:30:15 PM", "Tue 31 Dec 2024, 11:59:59 PM"]
for s in stamps:
    dt = datetime.strptime(s, fmt)
    print(repr(dt), dt.strftime(fmt) == s, dt.strftime("%j %U %W %w %u"))
log = ["2024-03-01 10:00:05 start", "2024-03-01 10:02:17 step", "2024-03-01 11:15:00 done"]
times = [datetime.strptime(line[:19], "%Y-%m-%d %H:%M:%S") for line in log]
for a, b in zip(times, times[1:]):
    print(b - a, (b - a).total_seconds())


class Deadline(date):
    def days_left(self, today):
        return (self - today).days


dl = Deadline(2024, 4, 15)
print(type(dl).__name__, dl, dl.days_left(date(2024, 3, 1)), isinstance(dl, date), dl.replace(day=1))
print(date(2024, 1, 1) + timedelta(days=1) - date(2024, 2, 1))
date(2024, 2, 30)
