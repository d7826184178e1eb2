import datetime as dt
d = dt.date(2024, 2, 28)
print(d + dt.timedelta(days=2), d.weekday(), d.isoformat(), d.strftime("%A %d %B %Y"), d.replace(day=1))
t = dt.datetime(2024, 1, 15, 13, 45, 30)
print(t, t.time(), t.date(), t + dt.timedelta(hours=12), t.strftime("%Y-%m-%d %H:%M"), t.isoformat(timespec="minutes"))
delta = dt.datetime(2024, 3, 1) - t
print(delta, delta.days, delta.total_seconds(), repr(delta))
print(dt.datetime.strptime("2023-07-04 09:30", "%Y-%m-%d %H:%M"), dt.date.fromisoformat("2022-12-25"))
print(dt.timedelta(minutes=90) // dt.timedelta(minutes=25), dt.timedelta(seconds=3661), dt.timedelta(days=-1, hours=2))
print(sorted([dt.date(2020, 5, 1), dt.date(2019, 1, 1)]), dt.date(2024, 1, 1) < dt.date(2024, 1, 2), dt.date.min, dt.time(9, 5))
print(t.replace(tzinfo=dt.timezone.utc), dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc).timestamp())
print(dt.datetime.fromtimestamp(0, dt.timezone.utc), t.year, t.month, t.hour, t.isoweekday(), t.timetuple().tm_yday)
import calendar
print(calendar.isleap(2024), calendar.monthrange(2024, 2))
