import calendar
print(calendar.month(2024, 2))
print(calendar.isleap(2024), calendar.monthrange(2024, 2), calendar.weekday(2024, 7, 4), calendar.leapdays(2000, 2025))
print(calendar.month_name[3], calendar.day_abbr[0], list(calendar.day_name), calendar.month_abbr[1:4])
print(calendar.monthcalendar(2023, 11))
tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2025, 1))
print(calendar.calendar(2024)[:300])
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.weekheader(3))
for d in calendar.Calendar().itermonthdates(2024, 3):
    pass
print(d)
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print(e)
