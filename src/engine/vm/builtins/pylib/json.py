# json: dumps/loads with the encoder's default formatting.


def _encode_str(s, ensure_ascii=True):
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == '\\':
            out.append('\\\\')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\r':
            out.append('\\r')
        elif ch == '\t':
            out.append('\\t')
        elif ch == '\b':
            out.append('\\b')
        elif ch == '\f':
            out.append('\\f')
        elif ord(ch) < 0x20 or (ensure_ascii and ord(ch) > 0x7e):
            code = ord(ch)
            if code > 0xffff:
                code -= 0x10000
                out.append('\\u{:04x}\\u{:04x}'.format(0xd800 + (code >> 10), 0xdc00 + (code & 0x3ff)))
            else:
                out.append('\\u{:04x}'.format(code))
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


def _encode(obj, indent, sort_keys, item_sep, key_sep, level, default, ensure_ascii=True):
    if obj is None:
        return 'null'
    if obj is True:
        return 'true'
    if obj is False:
        return 'false'
    if isinstance(obj, str):
        return _encode_str(obj, ensure_ascii)
    if isinstance(obj, int):
        return str(int(obj))
    if isinstance(obj, float):
        if obj != obj:
            return 'NaN'
        if obj == float('inf'):
            return 'Infinity'
        if obj == -float('inf'):
            return '-Infinity'
        return repr(obj)
    if isinstance(obj, (list, tuple)):
        if not obj:
            return '[]'
        items = [_encode(v, indent, sort_keys, item_sep, key_sep, level + 1, default, ensure_ascii) for v in obj]
        return _join('[', ']', items, indent, item_sep, level)
    if isinstance(obj, dict):
        if not obj:
            return '{}'
        keys = list(obj.keys())
        if sort_keys:
            keys = sorted(keys)
        items = []
        for k in keys:
            if isinstance(k, str):
                ks = k
            elif k is True:
                ks = 'true'
            elif k is False:
                ks = 'false'
            elif k is None:
                ks = 'null'
            elif isinstance(k, (int, float)):
                ks = _encode(k, indent, sort_keys, item_sep, key_sep, level, default, ensure_ascii)
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, not {type(k).__name__}')
            items.append(_encode_str(ks, ensure_ascii) + key_sep + _encode(obj[k], indent, sort_keys, item_sep, key_sep, level + 1, default, ensure_ascii))
        return _join('{', '}', items, indent, item_sep, level)
    if default is not None:
        return _encode(default(obj), indent, sort_keys, item_sep, key_sep, level, default, ensure_ascii)
    raise TypeError(f'Object of type {type(obj).__name__} is not JSON serializable')


def _join(open_, close, items, indent, item_sep, level):
    if indent is None:
        return open_ + item_sep.join(items) + close
    pad = ' ' * indent if isinstance(indent, int) else indent
    inner = '\n' + pad * (level + 1)
    return open_ + inner + (item_sep.rstrip(' ') + inner).join(items) + '\n' + pad * level + close


def dumps(obj, *, indent=None, sort_keys=False, separators=None, default=None, ensure_ascii=True, **kwargs):
    if separators is None:
        separators = (', ', ': ') if indent is None else (',', ': ')
    item_sep, key_sep = separators
    return _encode(obj, indent, sort_keys, item_sep, key_sep, 0, default, ensure_ascii)


def dump(obj, fp, **kwargs):
    fp.write(dumps(obj, **kwargs))


class JSONDecodeError(ValueError):
    # Where CPython defines it, as tracebacks name it.
    __module__ = 'json.decoder'

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


class _Parser:

    def __init__(self, s):
        self.s = s
        self.i = 0

    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in ' \t\n\r':
            self.i += 1

    def error(self, msg):
        raise JSONDecodeError(msg, self.s, self.i)

    def value(self):
        self.ws()
        if self.i >= len(self.s):
            self.error('Expecting value')
        c = self.s[self.i]
        if c == '{':
            self.i += 1
            out = {}
            self.ws()
            if self.s[self.i:self.i + 1] == '}':
                self.i += 1
                return out
            while True:
                self.ws()
                if self.s[self.i:self.i + 1] != '"':
                    self.error('Expecting property name enclosed in double quotes')
                k = self.string()
                self.ws()
                if self.s[self.i:self.i + 1] != ':':
                    self.error("Expecting ':' delimiter")
                self.i += 1
                out[k] = self.value()
                self.ws()
                c = self.s[self.i:self.i + 1]
                self.i += 1
                if c == '}':
                    return out
                if c != ',':
                    self.i -= 1
                    self.error("Expecting ',' delimiter")
        if c == '[':
            self.i += 1
            out = []
            self.ws()
            if self.s[self.i:self.i + 1] == ']':
                self.i += 1
                return out
            while True:
                out.append(self.value())
                self.ws()
                c = self.s[self.i:self.i + 1]
                self.i += 1
                if c == ']':
                    return out
                if c != ',':
                    self.i -= 1
                    self.error("Expecting ',' delimiter")
        if c == '"':
            return self.string()
        for word, val in (('true', True), ('false', False), ('null', None)):
            if self.s.startswith(word, self.i):
                self.i += len(word)
                return val
        j = self.i
        while j < len(self.s) and self.s[j] in '+-0123456789.eE':
            j += 1
        if j == self.i:
            self.error('Expecting value')
        text = self.s[self.i:j]
        self.i = j
        if '.' in text or 'e' in text or 'E' in text:
            return float(text)
        return int(text)

    def string(self):
        self.i += 1
        out = []
        while True:
            if self.i >= len(self.s):
                self.error('Unterminated string starting at')
            c = self.s[self.i]
            if c == '"':
                self.i += 1
                return ''.join(out)
            if c == '\\':
                e = self.s[self.i + 1]
                if e == 'u':
                    out.append(chr(int(self.s[self.i + 2:self.i + 6], 16)))
                    self.i += 6
                    continue
                out.append({'n': '\n', 't': '\t', 'r': '\r', 'b': '\b', 'f': '\f', '/': '/', '\\': '\\', '"': '"'}[e])
                self.i += 2
                continue
            out.append(c)
            self.i += 1


def loads(s, **kwargs):
    p = _Parser(s)
    v = p.value()
    p.ws()
    if p.i != len(s):
        p.error('Extra data')
    return v


def load(fp, **kwargs):
    return loads(fp.read(), **kwargs)
