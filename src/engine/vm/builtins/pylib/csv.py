# csv: readers and writers of the excel dialect (and the excel-tab one),
# with quoting rules and error messages as CPython's _csv module has them.

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = 0, 1, 2, 3


class Error(Exception):
    pass


class Dialect:
    delimiter = ','
    quotechar = '"'
    escapechar = None
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL
    strict = False


class excel(Dialect):
    pass


class excel_tab(excel):
    delimiter = '\t'


class unix_dialect(Dialect):
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {'excel': excel, 'excel-tab': excel_tab, 'unix': unix_dialect}


def register_dialect(name, dialect=None, **kwargs):
    base = dialect if dialect is not None else excel
    _dialects[name] = type(name, (base,), dict(kwargs))


def get_dialect(name):
    try:
        return _dialects[name]
    except KeyError:
        raise Error('unknown dialect') from None


def list_dialects():
    return list(_dialects)


class _Params:
    def __init__(self, dialect, kwargs):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        for name in ('delimiter', 'quotechar', 'escapechar', 'doublequote',
                     'skipinitialspace', 'lineterminator', 'quoting', 'strict'):
            setattr(self, name, kwargs.pop(name, getattr(dialect, name)))
        if kwargs:
            name = next(iter(kwargs))
            raise TypeError(f"'{name}' is an invalid keyword argument for this function")
        if not isinstance(self.delimiter, str) or len(self.delimiter) != 1:
            raise TypeError('"delimiter" must be a 1-character string')


class _reader:
    def __init__(self, f, dialect, kwargs):
        self._it = iter(f)
        self._p = _Params(dialect, kwargs)
        self.dialect = self._p
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        p = self._p
        fields = []
        field = ''
        in_quotes = False
        quoted = False
        started = False
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if in_quotes:
                    if p.strict:
                        raise Error('unexpected end of data')
                    fields.append(field)
                    return fields
                if started:
                    fields.append(field)
                    return fields
                raise
            self.line_num += 1
            if not started and line in ('\n', '\r\n', '\r', ''):
                return []
            started = True
            i = 0
            n = len(line)
            while i < n:
                c = line[i]
                if in_quotes:
                    if p.escapechar is not None and c == p.escapechar and i + 1 < n:
                        field += line[i + 1]
                        i += 2
                        continue
                    if c == p.quotechar:
                        if p.doublequote and i + 1 < n and line[i + 1] == p.quotechar:
                            field += c
                            i += 2
                            continue
                        in_quotes = False
                        i += 1
                        continue
                    field += c
                    i += 1
                    continue
                if c == p.delimiter:
                    fields.append(self._value(field, quoted))
                    field = ''
                    quoted = False
                    i += 1
                    if p.skipinitialspace:
                        while i < n and line[i] == ' ':
                            i += 1
                    continue
                if c in '\r\n':
                    i += 1
                    continue
                if p.escapechar is not None and c == p.escapechar and i + 1 < n:
                    field += line[i + 1]
                    i += 2
                    continue
                if c == p.quotechar and p.quoting != QUOTE_NONE and field == '':
                    in_quotes = True
                    quoted = True
                    i += 1
                    continue
                field += c
                i += 1
            if in_quotes:
                continue
            fields.append(self._value(field, quoted))
            return fields

    def _value(self, field, quoted):
        if self._p.quoting == QUOTE_NONNUMERIC and not quoted and field != '':
            return float(field)
        return field


def reader(csvfile, dialect='excel', **kwargs):
    return _reader(csvfile, dialect, kwargs)


class _writer:
    def __init__(self, f, dialect, kwargs):
        self._f = f
        self._p = _Params(dialect, kwargs)
        self.dialect = self._p

    def _field(self, v):
        p = self._p
        if v is None:
            s = ''
        elif isinstance(v, float):
            s = repr(v)
        else:
            s = str(v)
        if p.quoting == QUOTE_ALL or (p.quoting == QUOTE_NONNUMERIC and not isinstance(v, (int, float))):
            need = True
        elif p.quoting == QUOTE_NONE:
            need = False
        else:
            specials = (p.delimiter, p.quotechar, '\n', '\r') + ((p.escapechar,) if p.escapechar else ())
            need = any(ch in s for ch in specials)
        if p.quoting == QUOTE_NONE:
            if p.escapechar is not None:
                for ch in (p.escapechar, p.delimiter, p.quotechar):
                    s = s.replace(ch, p.escapechar + ch)
            elif p.delimiter in s:
                raise Error('need to escape, but no escapechar set')
            return s
        if need:
            if p.doublequote:
                s = s.replace(p.quotechar, p.quotechar * 2)
            elif p.escapechar is not None:
                s = s.replace(p.quotechar, p.escapechar + p.quotechar)
            return p.quotechar + s + p.quotechar
        return s

    def writerow(self, row):
        try:
            items = list(row)
        except TypeError:
            raise Error(f'iterable expected, not {type(row).__name__}') from None
        if len(items) == 1 and (items[0] is None or items[0] == ''):
            if self._p.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            line = self._p.quotechar * 2 + self._p.lineterminator
        else:
            line = self._p.delimiter.join(self._field(v) for v in items) + self._p.lineterminator
        return self._f.write(line)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect='excel', **kwargs):
    return _writer(csvfile, dialect, kwargs)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect='excel', *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval='', extrasaction='raise',
                 dialect='excel', *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == 'raise':
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError('dict contains fields not in fieldnames: '
                                 + ', '.join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))
