# datetime: timedelta, date, datetime and time (naive only), after
# CPython's pure-Python Lib/datetime.py, simplified. Clock readings come
# from the time module's virtual clock and are taken as UTC.

import time as _time

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

_DAYS_BEFORE_MONTH = [-1]
_dbm = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_dbm)
    _dbm += _dim
del _dbm, _dim

_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_FULLMONTHNAMES = [None, "January", "February", "March", "April", "May", "June",
                   "July", "August", "September", "October", "November", "December"]
_DAYNAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_FULLDAYNAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                 "Saturday", "Sunday"]


def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


_DI400Y = _days_before_year(401)
_DI100Y = _days_before_year(101)
_DI4Y = _days_before_year(5)


def _ord2ymd(n):
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    n -= preceding
    return year, month, n + 1


def _index(value):
    if isinstance(value, int):
        return int(value)
    raise TypeError("'%s' object cannot be interpreted as an integer"
                    % type(value).__name__)


def _check_date_fields(year, month, day):
    if type(year) is not int or type(month) is not int or type(day) is not int:
        year = _index(year)
        month = _index(month)
        day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond):
    if (type(hour) is not int or type(minute) is not int
            or type(second) is not int or type(microsecond) is not int):
        hour = _index(hour)
        minute = _index(minute)
        second = _index(second)
        microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    return hour, minute, second, microsecond


def _check_tzinfo(tz):
    if tz is not None and tz is not _UTC:
        raise NotImplementedError(
            'coroscope datetime supports naive values and timezone.utc only')


# Builtin types that never take part in date arithmetic: an operation
# with one of them raises at once, naming our classes the way CPython's C
# types are named ('datetime.date').
_PLAIN = [int, float, bool, str, bytes, list, tuple, dict, set, frozenset,
          type(None)]


def _tname(x):
    t = type(x)
    if t in _QUALIFIED:
        return 'datetime.' + t.__name__
    return t.__name__


def _binop(sym, a, b, reflected=False):
    other = a if reflected else b
    if type(other) in _PLAIN or type(other) in _QUALIFIED:
        raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                        % (sym, _tname(a), _tname(b)))
    return NotImplemented


def _cmpop(sym, a, b):
    if type(b) in _PLAIN:
        raise TypeError("'%s' not supported between instances of '%s' and '%s'"
                        % (sym, _tname(a), _tname(b)))
    return NotImplemented


def _modf(x):
    whole = float(int(x))
    return x - whole, whole


def _divide_and_round(a, b):
    q, r = divmod(a, b)
    r *= 2
    greater_than_half = r > b if b > 0 else r < b
    if greater_than_half or r == b and q % 2 == 1:
        q += 1
    return q


def _scale(usec, x, divide):
    # round(usec * x) (or usec / x), half to even, exactly when the
    # integers fit in 64 bits (coroscope's int width), else in floats.
    if x != x:
        raise ValueError('cannot convert NaN to integer ratio')
    if x in (float('inf'), float('-inf')):
        raise OverflowError('cannot convert Infinity to integer ratio')
    if divide and x == 0:
        raise ZeroDivisionError('integer division or modulo by zero')
    a, b = x.as_integer_ratio()
    if divide:
        a, b = b, a
    if abs(a) < (1 << 62) // max(1, abs(usec)):
        return _divide_and_round(usec * a, b)
    return round(usec / x) if divide else round(usec * x)


def _format_time(hh, mm, ss, us, timespec='auto'):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _iso_week1_monday(year):
    firstday = _ymd2ord(year, 1, 1)
    firstweekday = (firstday + 6) % 7
    week1monday = firstday - firstweekday
    if firstweekday > 3:
        week1monday += 7
    return week1monday


def _strftime(fmt, y, mo, d, hh, mm, ss, us, tz=None):
    if not isinstance(fmt, str):
        raise TypeError('strftime() argument 1 must be str, not %s' % type(fmt).__name__)
    ordinal = _ymd2ord(y, mo, d)
    wday = (ordinal + 6) % 7
    yday = ordinal - _ymd2ord(y, 1, 1) + 1
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != '%' or i >= n:
            out.append(ch)
            continue
        c = fmt[i]
        i += 1
        if c == '-' and i < n and fmt[i] in 'dmHIMSjyUWe':
            # glibc's "no padding" flag: %-d, %-m, %-H ...
            field = _strftime('%' + fmt[i], y, mo, d, hh, mm, ss, us, tz).lstrip(' ')
            i += 1
            stripped = field.lstrip('0')
            out.append(stripped if stripped else '0')
            continue
        if c == 'Y':
            out.append('%d' % y)
        elif c == 'm':
            out.append('%02d' % mo)
        elif c == 'd':
            out.append('%02d' % d)
        elif c == 'H':
            out.append('%02d' % hh)
        elif c == 'M':
            out.append('%02d' % mm)
        elif c == 'S':
            out.append('%02d' % ss)
        elif c == 'f':
            out.append('%06d' % us)
        elif c == 'A':
            out.append(_FULLDAYNAMES[wday])
        elif c == 'a':
            out.append(_DAYNAMES[wday])
        elif c == 'B':
            out.append(_FULLMONTHNAMES[mo])
        elif c == 'b' or c == 'h':
            out.append(_MONTHNAMES[mo])
        elif c == 'j':
            out.append('%03d' % yday)
        elif c == 'y':
            out.append('%02d' % (y % 100))
        elif c == 'p':
            out.append('AM' if hh < 12 else 'PM')
        elif c == 'I':
            out.append('%02d' % ((hh + 11) % 12 + 1))
        elif c == 'e':
            out.append('%2d' % d)
        elif c == 'w':
            out.append('%d' % ((wday + 1) % 7))
        elif c == 'u':
            out.append('%d' % (wday + 1))
        elif c == 'U':
            out.append('%02d' % ((yday + 6 - (wday + 1) % 7) // 7))
        elif c == 'W':
            out.append('%02d' % ((yday + 6 - wday) // 7))
        elif c == 'G' or c == 'V':
            iy, iw, _ = _isocalendar(y, mo, d)
            out.append('%d' % iy if c == 'G' else '%02d' % iw)
        elif c == 'c':
            out.append('%s %s %2d %02d:%02d:%02d %d' % (
                _DAYNAMES[wday], _MONTHNAMES[mo], d, hh, mm, ss, y))
        elif c == 'x':
            out.append('%02d/%02d/%02d' % (mo, d, y % 100))
        elif c == 'X' or c == 'T':
            out.append('%02d:%02d:%02d' % (hh, mm, ss))
        elif c == 'D':
            out.append('%02d/%02d/%02d' % (mo, d, y % 100))
        elif c == 'F':
            out.append('%04d-%02d-%02d' % (y, mo, d))
        elif c == 'R':
            out.append('%02d:%02d' % (hh, mm))
        elif c == 'z':
            if tz is not None:
                out.append('+0000')
        elif c == 'Z':
            if tz is not None:
                out.append('UTC')
        elif c == '%':
            out.append('%')
        else:
            out.append('%' + c)
    return ''.join(out)


def _isocalendar(year, month, day):
    today = _ymd2ord(year, month, day)
    week1monday = _iso_week1_monday(year)
    week, day = divmod(today - week1monday, 7)
    if week < 0:
        year -= 1
        week1monday = _iso_week1_monday(year)
        week, day = divmod(today - week1monday, 7)
    elif week >= 52:
        if today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
    return year, week + 1, day + 1


def _digits(s, i, n):
    # n digits of s at i, or None.
    part = s[i:i + n]
    if len(part) != n:
        return None
    for ch in part:
        if ch not in '0123456789':
            return None
    return int(part)


def _parse_iso_date(s):
    # 'YYYY-MM-DD' or 'YYYYMMDD'; returns (y, m, d) or None.
    if len(s) == 10 and s[4] == '-' and s[7] == '-':
        y, m, d = _digits(s, 0, 4), _digits(s, 5, 2), _digits(s, 8, 2)
    elif len(s) == 8:
        y, m, d = _digits(s, 0, 4), _digits(s, 4, 2), _digits(s, 6, 2)
    else:
        return None
    if y is None or m is None or d is None:
        return None
    return y, m, d


def _split_iso_tz(s, whole):
    # Splits a UTC suffix ('Z', '+00:00', '+0000', '+00') off an ISO time.
    if s.endswith('Z'):
        return s[:-1], _UTC
    for k in range(len(s)):
        if s[k] in '+-':
            off = s[k + 1:].replace(':', '')
            if off.strip('0') == '' and len(off) in (2, 4, 6):
                return s[:k], _UTC
            if _digits(off, 0, len(off)) is None or len(off) < 2:
                raise ValueError('Invalid isoformat string: %r' % (whole,))
            raise NotImplementedError(
                'coroscope datetime supports naive values and UTC only')
    return s, None


def _parse_iso_time(s):
    # HH[:MM[:SS[.fff[fff]]]] (colons optional); returns a 4-tuple or None.
    frac = 0
    dot = -1
    for k in range(len(s)):
        if s[k] in '.,':
            dot = k
            break
    if dot >= 0:
        digits = s[dot + 1:]
        s = s[:dot]
        if not digits or _digits(digits, 0, len(digits)) is None:
            return None
        digits = (digits + '000000')[:6]
        frac = int(digits)
    parts = []
    i = 0
    colons = ':' in s
    while i < len(s):
        v = _digits(s, i, 2)
        if v is None:
            return None
        parts.append(v)
        i += 2
        if i < len(s) and colons:
            if s[i] != ':':
                return None
            i += 1
            if i == len(s):
                return None
    if not parts or len(parts) > 3 or (dot >= 0 and len(parts) != 3):
        return None
    while len(parts) < 3:
        parts.append(0)
    return parts[0], parts[1], parts[2], frac


# === timedelta ===

class timedelta:

    def __init__(self, days=0, seconds=0, microseconds=0,
                 milliseconds=0, minutes=0, hours=0, weeks=0):
        for v in (days, seconds, microseconds, milliseconds, minutes, hours, weeks):
            if not isinstance(v, (int, float)):
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % ('days', type(v).__name__))
        d = s = 0
        days += weeks * 7
        seconds += minutes * 60 + hours * 3600
        microseconds += milliseconds * 1000

        if type(days) is int and type(seconds) is int and type(microseconds) is int:
            s, us = divmod(microseconds, 1000000)
            d, s = divmod(s + seconds, 86400)
            d += days
            if abs(d) > 999999999:
                raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
            self._days = d
            self._seconds = s
            self._microseconds = us
            return

        if isinstance(days, float):
            dayfrac, days = _modf(days)
            daysecondsfrac, daysecondswhole = _modf(dayfrac * (24. * 3600.))
            s = int(daysecondswhole)
            d = int(days)
        else:
            daysecondsfrac = 0.0
            d = days

        if isinstance(seconds, float):
            secondsfrac, seconds = _modf(seconds)
            seconds = int(seconds)
            secondsfrac += daysecondsfrac
        else:
            secondsfrac = daysecondsfrac

        days, seconds = divmod(seconds, 24 * 3600)
        d += days
        s += int(seconds)

        usdouble = secondsfrac * 1e6

        if isinstance(microseconds, float):
            microseconds = round(microseconds + usdouble)
            seconds, microseconds = divmod(microseconds, 1000000)
            days, seconds = divmod(seconds, 24 * 3600)
            d += days
            s += seconds
        else:
            microseconds = int(microseconds)
            seconds, microseconds = divmod(microseconds, 1000000)
            days, seconds = divmod(seconds, 24 * 3600)
            d += days
            s += seconds
            microseconds = round(microseconds + usdouble)

        seconds, us = divmod(microseconds, 1000000)
        s += seconds
        days, s = divmod(s, 24 * 3600)
        d += days

        if abs(d) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self._days = d
        self._seconds = s
        self._microseconds = us

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        if not args:
            args.append('0')
        return "datetime.timedelta(%s)" % ', '.join(args)

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            plural = "s" if abs(self._days) != 1 else ""
            s = ("%d day%s, " % (self._days, plural)) + s
        if self._microseconds:
            s = s + ".%06d" % self._microseconds
        return s

    def total_seconds(self):
        if abs(self._days) < 100000:
            return self._to_microseconds() / 10**6
        # coroscope ints are 64-bit: stay in floats for huge spans.
        return (self._days * 86400 + self._seconds) + self._microseconds / 1e6

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _to_microseconds(self):
        return (self._days * (24 * 3600) + self._seconds) * 1000000 + self._microseconds

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta(self._days + other._days,
                             self._seconds + other._seconds,
                             self._microseconds + other._microseconds)
        if isinstance(other, date):
            return NotImplemented
        return _binop('+', self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        return _binop('+', other, self, True)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta(self._days - other._days,
                             self._seconds - other._seconds,
                             self._microseconds - other._microseconds)
        return _binop('-', self, other)

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        if isinstance(other, date):
            return NotImplemented
        return _binop('-', other, self, True)

    def __neg__(self):
        return timedelta(-self._days, -self._seconds, -self._microseconds)

    def __pos__(self):
        return self

    def __abs__(self):
        if self._days < 0:
            return -self
        return self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta(self._days * other, self._seconds * other,
                             self._microseconds * other)
        if isinstance(other, float):
            return timedelta(0, 0, _scale(self._to_microseconds(), other, False))
        if isinstance(other, (str, list, tuple, bytes)):
            raise TypeError("can't multiply sequence by non-int of type 'datetime.timedelta'")
        return _binop('*', self, other)

    def __rmul__(self, other):
        if isinstance(other, (int, float)):
            return self.__mul__(other)
        return _binop('*', other, self, True)

    def __floordiv__(self, other):
        if not isinstance(other, (int, timedelta)) or isinstance(other, bool):
            return _binop('//', self, other)
        usec = self._to_microseconds()
        if isinstance(other, timedelta):
            return usec // other._to_microseconds()
        return timedelta(0, 0, usec // other)

    def __truediv__(self, other):
        if not isinstance(other, (int, float, timedelta)):
            return _binop('/', self, other)
        usec = self._to_microseconds()
        if isinstance(other, timedelta):
            return usec / other._to_microseconds()
        if isinstance(other, int):
            return timedelta(0, 0, _divide_and_round(usec, other))
        return timedelta(0, 0, _scale(usec, other, True))

    def __mod__(self, other):
        if isinstance(other, timedelta):
            r = self._to_microseconds() % other._to_microseconds()
            return timedelta(0, 0, r)
        return _binop('%', self, other)

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_microseconds(), other._to_microseconds())
            return q, timedelta(0, 0, r)
        return _binop('divmod()', self, other)

    def _getstate(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() == other._getstate()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() != other._getstate()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() <= other._getstate()
        return _cmpop('<=', self, other)

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() < other._getstate()
        return _cmpop('<', self, other)

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() >= other._getstate()
        return _cmpop('>=', self, other)

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() > other._getstate()
        return _cmpop('>', self, other)

    def __hash__(self):
        return hash(self._getstate())

    def __bool__(self):
        return (self._days != 0 or self._seconds != 0 or self._microseconds != 0)


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# === date ===

class date:

    def __init__(self, year, month, day):
        self._year, self._month, self._day = _check_date_fields(year, month, day)

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, hh, mm, ss, us = _from_timestamp(t)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= n <= _MAXORDINAL:
            raise ValueError('ordinal must be >= 1')
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        ymd = _parse_iso_date(date_string)
        if ymd is None:
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not 1 <= week <= 53:
            raise ValueError('Invalid week: %d' % week)
        if not 1 <= day <= 7:
            raise ValueError('Invalid weekday: %d (range is [1, 7])' % day)
        day_1 = _iso_week1_monday(year)
        return cls(*_ord2ymd(day_1 + (week - 1) * 7 + day - 1))

    def __repr__(self):
        return 'datetime.date(%d, %d, %d)' % (self._year, self._month, self._day)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d 00:00:00 %04d" % (
            _DAYNAMES[weekday - 1], _MONTHNAMES[self._month], self._day, self._year)

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, 0, 0, 0, 0)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def timetuple(self):
        return _struct_time((self._year, self._month, self._day, 0, 0, 0,
                                  self.weekday(), self.toordinal() - _ymd2ord(self._year, 1, 1) + 1, -1))

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def _cmpkey(self):
        return (self._year, self._month, self._day)

    def _comparable(self, other):
        return isinstance(other, date) and not isinstance(other, datetime)

    def __eq__(self, other):
        if self._comparable(other):
            return self._cmpkey() == other._cmpkey()
        return NotImplemented

    def __ne__(self, other):
        if self._comparable(other):
            return self._cmpkey() != other._cmpkey()
        return NotImplemented

    def __le__(self, other):
        if self._comparable(other):
            return self._cmpkey() <= other._cmpkey()
        return _cmpop('<=', self, other)

    def __lt__(self, other):
        if self._comparable(other):
            return self._cmpkey() < other._cmpkey()
        return _cmpop('<', self, other)

    def __ge__(self, other):
        if self._comparable(other):
            return self._cmpkey() >= other._cmpkey()
        return _cmpop('>=', self, other)

    def __gt__(self, other):
        if self._comparable(other):
            return self._cmpkey() > other._cmpkey()
        return _cmpop('>', self, other)

    def __hash__(self):
        return hash(self._cmpkey())

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other._days
            if 0 < o <= _MAXORDINAL:
                y, m, d = _ord2ymd(o)
                return type(self)(y, m, d)
            raise OverflowError("date value out of range")
        return _binop('+', self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        return _binop('+', other, self, True)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if self._comparable(other):
            return timedelta(self.toordinal() - other.toordinal())
        return _binop('-', self, other)

    def __rsub__(self, other):
        return _binop('-', other, self, True)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        return _IsoCalendarDate(*_isocalendar(self._year, self._month, self._day))


_STRUCT_FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
                  'tm_wday', 'tm_yday', 'tm_isdst']


class _struct_time(tuple):
    # What timetuple() returns: a tuple with time.struct_time's fields.

    def __new__(cls, values):
        return tuple.__new__(cls, values)

    def __getattr__(self, name):
        if name in _STRUCT_FIELDS:
            return self[_STRUCT_FIELDS.index(name)]
        raise AttributeError("'time.struct_time' object has no attribute '%s'" % name)

    def __repr__(self):
        return 'time.struct_time(%s)' % ', '.join(
            ['%s=%r' % (_STRUCT_FIELDS[k], self[k]) for k in range(9)])


class _IsoCalendarDate(tuple):

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % (
            self[0], self[1], self[2])


_IsoCalendarDate.__name__ = _IsoCalendarDate.__qualname__ = 'IsoCalendarDate'

date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


# === tzinfo (naive only) ===

class tzinfo:
    pass


class timezone(tzinfo):

    def __init__(self, offset, name=None):
        raise NotImplementedError(
            'coroscope datetime supports naive values and timezone.utc only')

    def __repr__(self):
        return 'datetime.timezone.utc'

    def __str__(self):
        return 'UTC'

    def utcoffset(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return 'UTC'

    def dst(self, dt):
        return None


_UTC = object.__new__(timezone)
timezone.utc = _UTC
UTC = _UTC


# === time ===

class time:

    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        _check_tzinfo(tzinfo)
        self._hour, self._minute, self._second, self._microsecond = _check_time_fields(
            hour, minute, second, microsecond)
        self._tzinfo = tzinfo
        self._fold = fold

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def _cmpkey(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmpkey() == other._cmpkey()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._cmpkey() != other._cmpkey()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmpkey() <= other._cmpkey()
        return _cmpop('<=', self, other)

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmpkey() < other._cmpkey()
        return _cmpop('<', self, other)

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmpkey() >= other._cmpkey()
        return _cmpop('>=', self, other)

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmpkey() > other._cmpkey()
        return _cmpop('>', self, other)

    def __hash__(self):
        return hash(self._cmpkey())

    def __bool__(self):
        return True

    def __repr__(self):
        if self._microsecond != 0:
            s = ", %d, %d" % (self._second, self._microsecond)
        elif self._second != 0:
            s = ", %d" % self._second
        else:
            s = ""
        if self._tzinfo is not None:
            s += ", tzinfo=datetime.timezone.utc"
        return "datetime.time(%d, %d%s)" % (self._hour, self._minute, s)

    def isoformat(self, timespec='auto'):
        s = _format_time(self._hour, self._minute, self._second,
                         self._microsecond, timespec)
        if self._tzinfo is not None:
            s += '+00:00'
        return s

    def __str__(self):
        return self.isoformat()

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = time_string
        if s.startswith('T'):
            s = s[1:]
        s, tz = _split_iso_tz(s, time_string)
        parts = _parse_iso_time(s)
        if parts is None:
            raise ValueError('Invalid isoformat string: %r' % (time_string,))
        return cls(*parts, tzinfo=tz)

    def strftime(self, fmt):
        return _strftime(fmt, 1900, 1, 1, self._hour, self._minute,
                         self._second, self._microsecond, self._tzinfo)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def utcoffset(self):
        return None if self._tzinfo is None else timedelta(0)

    def tzname(self):
        return None if self._tzinfo is None else 'UTC'

    def dst(self):
        return None

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _from_timestamp(t):
    if not isinstance(t, (int, float)):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)
    frac, t = _modf(t)
    us = round(frac * 1e6)
    if us >= 1000000:
        t += 1
        us -= 1000000
    elif us < 0:
        t -= 1
        us += 1000000
    days, secs = divmod(int(t), 86400)
    y, m, d = _ord2ymd(days + _EPOCH_ORDINAL)
    hh, secs = divmod(secs, 3600)
    mm, ss = divmod(secs, 60)
    return y, m, d, hh, mm, ss, us


_EPOCH_ORDINAL = _ymd2ord(1970, 1, 1)


# === datetime ===

class datetime(date):

    def __init__(self, year, month, day, hour=0, minute=0, second=0,
                 microsecond=0, tzinfo=None, *, fold=0):
        self._year, self._month, self._day = _check_date_fields(year, month, day)
        _check_tzinfo(tzinfo)
        self._hour, self._minute, self._second, self._microsecond = _check_time_fields(
            hour, minute, second, microsecond)
        self._tzinfo = tzinfo
        self._fold = fold

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        return cls(*_from_timestamp(t), tzinfo=tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls(*_from_timestamp(t))

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= n <= _MAXORDINAL:
            raise ValueError('ordinal must be >= 1')
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute,
                   time.second, time.microsecond, tzinfo)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = date_string
        if len(s) >= 10 and s[4] == '-':
            dpart, rest = s[:10], s[10:]
        else:
            dpart, rest = s[:8], s[8:]
        ymd = _parse_iso_date(dpart)
        if ymd is None:
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        tparts = (0, 0, 0, 0)
        tz = None
        if rest:
            trest, tz = _split_iso_tz(rest[1:], date_string)
            tparts = _parse_iso_time(trest)
            if tparts is None:
                raise ValueError('Invalid isoformat string: %r' % (date_string,))
        return cls(*(ymd + tparts), tzinfo=tz)

    @classmethod
    def strptime(cls, date_string, format):
        return cls(*_strptime(date_string, format))

    def timetuple(self):
        return _struct_time((self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, self.weekday(),
                                  self.toordinal() - _ymd2ord(self._year, 1, 1) + 1, -1))

    def timestamp(self):
        return (self.replace(tzinfo=None) - _EPOCH).total_seconds()

    def utctimetuple(self):
        return self.timetuple()

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond,
                    self._tzinfo)


    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second,
                          microsecond, tzinfo, fold=fold)

    def astimezone(self, tz=None):
        _check_tzinfo(tz)
        return self.replace(tzinfo=_UTC)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAYNAMES[weekday - 1], _MONTHNAMES[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        return "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep) + \
            _format_time(self._hour, self._minute, self._second,
                         self._microsecond, timespec) + \
            ('' if self._tzinfo is None else '+00:00')

    def __repr__(self):
        parts = [self._year, self._month, self._day, self._hour, self._minute,
                 self._second, self._microsecond]
        if parts[-1] == 0:
            del parts[-1]
        if parts[-1] == 0:
            del parts[-1]
        s = ', '.join([str(p) for p in parts])
        if self._tzinfo is not None:
            s += ', tzinfo=datetime.timezone.utc'
        return "datetime.datetime(%s)" % s

    def __str__(self):
        return self.isoformat(sep=' ')

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, self._hour,
                         self._minute, self._second, self._microsecond, self._tzinfo)

    def utcoffset(self):
        return None if self._tzinfo is None else timedelta(0)

    def tzname(self):
        return None if self._tzinfo is None else 'UTC'

    def dst(self):
        return None

    def _cmpkey(self):
        return (self._year, self._month, self._day, self._hour, self._minute,
                self._second, self._microsecond)

    def _check_cmp(self, other, sym):
        if isinstance(other, datetime):
            if (self._tzinfo is None) != (other._tzinfo is None):
                raise TypeError("can't compare offset-naive and offset-aware datetimes")
            return True
        if isinstance(other, date):
            raise TypeError("can't compare datetime.datetime to datetime.date")
        _cmpop(sym, self, other)
        return False

    def __eq__(self, other):
        if isinstance(other, datetime):
            if (self._tzinfo is None) != (other._tzinfo is None):
                return False
            return self._cmpkey() == other._cmpkey()
        if isinstance(other, date):
            return False
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __le__(self, other):
        if self._check_cmp(other, '<='):
            return self._cmpkey() <= other._cmpkey()
        return NotImplemented

    def __lt__(self, other):
        if self._check_cmp(other, '<'):
            return self._cmpkey() < other._cmpkey()
        return NotImplemented

    def __ge__(self, other):
        if self._check_cmp(other, '>='):
            return self._cmpkey() >= other._cmpkey()
        return NotImplemented

    def __gt__(self, other):
        if self._check_cmp(other, '>'):
            return self._cmpkey() > other._cmpkey()
        return NotImplemented

    def __hash__(self):
        return hash(self._cmpkey())

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return _binop('+', self, other)
        carry, us = divmod(self._microsecond + other._microseconds, 1000000)
        secs = (self._hour * 3600 + self._minute * 60 + self._second
                + other._seconds + carry)
        days, secs = divmod(secs, 86400)
        o = self.toordinal() + other._days + days
        hour, rem = divmod(secs, 3600)
        minute, second = divmod(rem, 60)
        if 0 < o <= _MAXORDINAL:
            y, m, d = _ord2ymd(o)
            return type(self)(y, m, d, hour, minute, second, us, self._tzinfo)
        raise OverflowError("date value out of range")

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        return _binop('+', other, self, True)

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return _binop('-', self, other)
        if (self._tzinfo is None) != (other._tzinfo is None):
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        days1 = self.toordinal()
        days2 = other.toordinal()
        secs1 = self._second + self._minute * 60 + self._hour * 3600
        secs2 = other._second + other._minute * 60 + other._hour * 3600
        return timedelta(days1 - days2, secs1 - secs2,
                         self._microsecond - other._microsecond)


_date_class = date
_QUALIFIED = [timedelta, date, datetime, time, timezone]
_time_class = time

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_EPOCH = datetime(1970, 1, 1)


# === strptime ===

def _match_name(s, i, names):
    # Longest case-insensitive match of one of names at s[i:]; (index, end).
    best = None
    low = s[i:].lower()
    for k in range(len(names)):
        name = names[k]
        if name is None:
            continue
        if low.startswith(name.lower()):
            if best is None or len(name) > len(names[best]):
                best = k
    if best is None:
        return None, i
    return best, i + len(names[best])


def _match_int(s, i, lo, hi):
    j = i
    while j < len(s) and j - i < hi and s[j] in '0123456789':
        j += 1
    if j - i < lo:
        return None, i
    return int(s[i:j]), j


def _strptime(data, fmt):
    if not isinstance(data, str):
        raise TypeError("strptime() argument 1 must be str, not %s" % type(data).__name__)
    if not isinstance(fmt, str):
        raise TypeError("strptime() argument 2 must be str, not %s" % type(fmt).__name__)
    year = 1900
    month = day = 1
    hour = minute = second = us = 0
    hour12 = None
    tz = None
    pm = None
    yday = None
    i = 0
    k = 0
    n = len(fmt)
    fail = "time data %r does not match format %r" % (data, fmt)
    while k < n:
        ch = fmt[k]
        k += 1
        if ch != '%':
            if ch.isspace():
                while k < n and fmt[k].isspace():
                    k += 1
                if i >= len(data) or not data[i].isspace():
                    raise ValueError(fail)
                while i < len(data) and data[i].isspace():
                    i += 1
                continue
            if i < len(data) and data[i].lower() == ch.lower():
                i += 1
                continue
            raise ValueError(fail)
        if k >= n:
            raise ValueError("stray %% in format %r" % fmt)
        c = fmt[k]
        k += 1
        v = None
        if c == 'Y':
            v, i = _match_int(data, i, 4, 4)
            year = v
        elif c == 'y':
            v, i = _match_int(data, i, 2, 2)
            if v is not None:
                year = v + (2000 if v < 69 else 1900)
        elif c == 'm':
            v, i = _match_int(data, i, 1, 2)
            month = v
            if v is not None and not 1 <= v <= 12:
                v = None
        elif c == 'd':
            v, i = _match_int(data, i, 1, 2)
            day = v
            if v is not None and not 1 <= v <= 31:
                v = None
        elif c == 'H':
            v, i = _match_int(data, i, 1, 2)
            hour = v
            if v is not None and v > 23:
                v = None
        elif c == 'I':
            v, i = _match_int(data, i, 1, 2)
            hour12 = v
            if v is not None and not 1 <= v <= 12:
                v = None
        elif c == 'M':
            v, i = _match_int(data, i, 1, 2)
            minute = v
            if v is not None and v > 59:
                v = None
        elif c == 'S':
            v, i = _match_int(data, i, 1, 2)
            second = v
            if v is not None and v > 61:
                v = None
        elif c == 'f':
            j = i
            v, i = _match_int(data, i, 1, 6)
            if v is not None:
                us = int((data[j:i] + '000000')[:6])
        elif c == 'j':
            v, i = _match_int(data, i, 1, 3)
            yday = v
        elif c == 'p':
            v, i = _match_name(data, i, ['AM', 'PM'])
            pm = v
        elif c == 'B':
            v, i = _match_name(data, i, _FULLMONTHNAMES)
            month = v
        elif c == 'b' or c == 'h':
            v, i = _match_name(data, i, _MONTHNAMES)
            month = v
        elif c == 'A':
            v, i = _match_name(data, i, _FULLDAYNAMES)
        elif c == 'a':
            v, i = _match_name(data, i, _DAYNAMES)
        elif c == 'z':
            if data[i:i + 1] in ('Z', 'z'):
                i += 1
                v = tz = _UTC
            elif data[i:i + 1] in ('+', '-'):
                j = i + 1
                while j < len(data) and (data[j] in '0123456789:'):
                    j += 1
                off = data[i + 1:j].replace(':', '')
                if len(off) in (4, 6) and _digits(off, 0, len(off)) is not None:
                    if int(off) != 0:
                        raise NotImplementedError(
                            'coroscope datetime supports naive values and UTC only')
                    i = j
                    v = tz = _UTC
        elif c == 'Z':
            for name in ('UTC', 'GMT'):
                if data[i:i + 3].upper() == name:
                    i += 3
                    v = 0
                    break
        elif c == '%':
            if i < len(data) and data[i] == '%':
                i += 1
                v = 0
        else:
            raise ValueError("'%s' is a bad directive in format '%s'" % (c, fmt))
        if v is None:
            raise ValueError(fail)
    if i < len(data):
        raise ValueError("unconverted data remains: %s" % data[i:])
    if hour12 is not None:
        hour = hour12 % 12
        if pm == 1:
            hour += 12
    if yday is not None:
        y, month, day = _ord2ymd(_ymd2ord(year, 1, 1) + yday - 1)
    if second > 59:
        second = 59
    if day > _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day, hour, minute, second, us, tz
