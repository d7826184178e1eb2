from datetime import date, datetime, timedelta

print(timedelta(), repr(timedelta()))
for td in [timedelta(days=1, seconds=3), timedelta(hours=26), timedelta(minutes=-1),
           timedelta(seconds=-0.5), timedelta(weeks=2, days=-1), timedelta(milliseconds=1500),
           timedelta(days=1.5), timedelta(hours=1.25), timedelta(microseconds=-1),
           timedelta(days=-1, seconds=86399, microseconds=999999), timedelta(minutes=90.5),
           timedelta(seconds=1e-7), timedelta(microseconds=2.5), timedelta(microseconds=3.5),
           timedelta(days=2, hours=-49)]:
    print(str(td), "|", repr(td), "|", td.days, td.seconds, td.microseconds, td.total_seconds())
print(timedelta.min, timedelta.max, timedelta.resolution, repr(timedelta.min))
a = timedelta(days=1, hours=2, minutes=3, seconds=4)
b = timedelta(hours=5)
print(a + b, a - b, b - a, -a, abs(-a), +a)
print(a * 2, 2 * a, a * 0.5, a * -1, b / 2, b / 3, b / 0.25, b // 4, b // 7)
print(a / b, a // b, a % b, divmod(a, b))
print(a > b, a < b, a == timedelta(seconds=93784), a != b, a >= a, b <= a)
print(hash(a) == hash(timedelta(seconds=93784)), bool(timedelta()), bool(b))
print(sum([timedelta(minutes=m) for m in (15, 30, 45)], timedelta()))
print(sorted([timedelta(1), timedelta(-1), timedelta(0, 5)]))
print(max(timedelta(hours=3), timedelta(minutes=200)))
try:
    timedelta(days=10**9)
except OverflowError as e:
    print("OverflowError", e)
try:
    timedelta(1) / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

d = date(2024, 2, 28)
print(d + timedelta(days=1), d + timedelta(days=2), timedelta(days=366) + d, d - timedelta(weeks=9))
print(d + timedelta(hours=47), d - timedelta(hours=1))
print(date(2024, 12, 25) - date(2024, 1, 1), (date(2024, 1, 1) - date(2024, 12, 25)).days)
print(repr(date(2025, 1, 1) - date(2024, 1, 1)))
try:
    date(9999, 12, 31) + timedelta(days=1)
except OverflowError as e:
    print("OverflowError", e)

start = datetime(2024, 3, 1, 22, 30)
print(start + timedelta(hours=3), start - timedelta(days=1, minutes=45), timedelta(seconds=90) + start)
end = datetime(2024, 3, 4, 8, 15, 30, 250000)
span = end - start
print(span, repr(span), span.total_seconds(), start - end)
print(repr(start + timedelta(microseconds=1)))
print(datetime(2024, 12, 31, 23, 59, 59) + timedelta(seconds=1))
print(datetime(2024, 3, 10) - timedelta(microseconds=1))

# weekly schedule
day = date(2024, 1, 1)
while day.month == 1:
    if day.weekday() == 4:
        print("Friday", day.strftime("%d %b"), day.isocalendar()[1])
    day += timedelta(days=1)

# durations
laps = [timedelta(minutes=4, seconds=31.25), timedelta(minutes=4, seconds=29.5), timedelta(minutes=4, seconds=40)]
total = sum(laps, timedelta())
print("total", total, "avg", total / len(laps), "best", min(laps))
deadline = datetime(2024, 6, 30, 17)
now = datetime(2024, 6, 28, 9, 45)
left = deadline - now
h, rem = divmod(left.seconds, 3600)
print(f"{left.days} days {h} hours {rem // 60} minutes left; {left // timedelta(hours=1)} whole hours")
ages = {"ann": date(1990, 5, 17), "bob": date(2001, 11, 2)}
ref = date(2024, 3, 1)
for name, born in ages.items():
    years = ref.year - born.year - ((ref.month, ref.day) < (born.month, born.day))
    print(name, years, (ref - born).days)
