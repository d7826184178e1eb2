import copy, json
from datetime import date, datetime, time, timedelta
from dataclasses import dataclass, asdict, field
d = date(2024, 3, 1)
print(copy.copy(d), copy.deepcopy(datetime(2024, 1, 2, 3, 4)), copy.deepcopy([timedelta(3)]))
@dataclass(order=True)
class Ev:
    when: datetime
    name: str = ""
    dur: timedelta = field(default_factory=lambda: timedelta(hours=1))
es = [Ev(datetime(2024, 5, 1, 9), "b"), Ev(datetime(2024, 4, 1, 9), "a")]
print(sorted(es))
print(asdict(es[0]))
print(json.dumps({"d": d}, default=str), json.dumps([d.isoformat()]))
for td in [timedelta(days=-1), timedelta(microseconds=-0.5), timedelta(microseconds=0.5), timedelta(microseconds=1.5), timedelta(seconds=0.1) * 3, timedelta(days=0.1), timedelta(days=-0.1, seconds=-0.25), timedelta(hours=1) * 1.1, timedelta(hours=1) / 7.3, timedelta(weeks=0.5), timedelta(minutes=1e-9), timedelta(days=1e5, seconds=1.123456789)]:
    print(td, repr(td))
print(f"{d:>12}|{d!s:>12}|{str(d):^14}|")
print(time(0), time(12, 0, 0, 1), time(23, 59, 59, 999999).isoformat("milliseconds"))
print(d.__class__.__name__, type(d), datetime.__mro__[1].__name__)
print(min([date(2024, 5, 1), date(2023, 5, 1)]), date(2024, 1, 1) in {date(2024, 1, 1)})
print(dict.fromkeys([timedelta(1), timedelta(hours=24)]))
print(timedelta(hours=3) == timedelta(minutes=180), timedelta(0) == 0)
print(date.fromisoformat("2024-03-01") == date(2024, 3, 1))
print(datetime(2024, 3, 1).date() == date(2024, 3, 1))
print(divmod(timedelta(hours=25), timedelta(days=1)))
print(str(datetime(2024, 1, 1, 0, 0, 0, 1000)), datetime(2024,1,1,0,0,0,1000).isoformat(timespec="milliseconds"))
print([date(2024, m, 1).strftime("%B") for m in range(1, 13)])
print(datetime(2024,3,1,10,5).strftime("%-d"), date(5, 1, 1).strftime("%Y|%y"), date(999, 1, 1).isoformat())
d = datetime(2024, 3, 5, 7, 8, 9)
print(d.strftime("%-d/%-m/%y %-H:%-M:%-S %-I%p %-j"), datetime(2024,1,1).strftime("%-H|%-M|%-j"))
print(timedelta.max.total_seconds(), timedelta.min.total_seconds(), timedelta(days=200000, microseconds=5).total_seconds())
print(timedelta(hours=1) * 2.5, timedelta(hours=1) / 2.5, timedelta(days=50000) * 1.1, timedelta(days=300000) * 0.5, timedelta(days=300000) / 3.0)
print(timedelta(seconds=1) / 3, timedelta(microseconds=5) / 2, timedelta(microseconds=7) / 2, timedelta(microseconds=-5) * 0.5)
for f in (lambda: timedelta(1) * float('nan'), lambda: timedelta(1) / 0.0, lambda: timedelta(1) // 0, lambda: timedelta(1) / timedelta(0)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
from datetime import datetime
strp_cases = [("2024-03-01T10:20:30", "%Y-%m-%dT%H:%M:%S"), ("01.03.2024", "%d.%m.%Y"), ("March 1, 2024", "%B %d, %Y"),
         ("3/1/2024 9:05", "%m/%d/%Y %H:%M"), ("20240301", "%Y%m%d"), ("2024-03-01 10:00:00+0000", "%Y-%m-%d %H:%M:%S%z"),
         ("2024-03-01 10:00:00 UTC", "%Y-%m-%d %H:%M:%S %Z"), ("2024-03-01  10", "%Y-%m-%d %H"), ("2024-03-0110", "%Y-%m-%d %H"),
         ("2024-03-01 10", "%Y-%m-%d%H"), ("mar 1 24", "%b %d %y"), ("1 jan 70", "%d %b %y"), ("12 AM", "%I %p"), ("12 pm", "%I %p"),
         ("2024-03-01Z", "%Y-%m-%d%z"), ("10%", "%H%%"), ("2024", "%Y%"), ("x", "%Q"), ("2024-03-01 10:00:00-00:00", "%Y-%m-%d %H:%M:%S%z")]
for s, f in strp_cases:
    try:
        print(repr(datetime.strptime(s, f)))
    except ValueError as e:
        print("ValueError", e)
