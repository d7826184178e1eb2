# statistics: the common averages and spreads.

import math


class StatisticsError(ValueError):
    pass


def _data(data, what, at_least=1):
    data = list(data)
    if len(data) < at_least:
        if at_least == 1:
            raise StatisticsError(f'{what} requires at least one data point')
        raise StatisticsError(f'{what} requires at least two data points')
    return data


def _is_int(x):
    return isinstance(x, int) and not isinstance(x, bool) or isinstance(x, bool)


def mean(data):
    data = _data(data, 'mean')
    if all(_is_int(x) for x in data):
        total = sum(data)
        n = len(data)
        if total % n == 0:
            return total // n
        return total / n
    return math.fsum(data) / len(data)


def fmean(data, weights=None):
    data = list(data)
    if not data:
        raise StatisticsError('fmean requires at least one data point')
    if weights is None:
        return math.fsum(data) / len(data)
    weights = list(weights)
    return math.fsum(x * w for x, w in zip(data, weights)) / math.fsum(weights)


def median(data):
    data = sorted(_data(data, 'median'))
    n = len(data)
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(_data(data, 'median_low'))
    n = len(data)
    return data[n // 2] if n % 2 == 1 else data[n // 2 - 1]


def median_high(data):
    data = sorted(_data(data, 'median_high'))
    return data[len(data) // 2]


def mode(data):
    data = list(data)
    if not data:
        raise StatisticsError('no mode for empty data')
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    best = max(counts.values())
    for x in counts:
        if counts[x] == best:
            return x


def multimode(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    if not counts:
        return []
    best = max(counts.values())
    return [x for x in counts if counts[x] == best]


def _ss(data, c=None):
    if c is None:
        c = math.fsum(data) / len(data)
    return math.fsum((x - c) ** 2 for x in data)


def variance(data, xbar=None):
    data = _data(data, 'variance', 2)
    return _ss(data, xbar) / (len(data) - 1)


def pvariance(data, mu=None):
    data = _data(data, 'pvariance')
    return _ss(data, mu) / len(data)


def stdev(data, xbar=None):
    return math.sqrt(variance(data, xbar))


def pstdev(data, mu=None):
    return math.sqrt(pvariance(data, mu))


def quantiles(data, *, n=4, method='exclusive'):
    data = sorted(data)
    ld = len(data)
    m = ld + 1 if method == 'exclusive' else ld - 1
    result = []
    for i in range(1, n):
        j = i * m // n
        delta = i * m - j * n
        if method == 'exclusive':
            j = min(max(j, 1), ld - 1)
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        else:
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
    return result
