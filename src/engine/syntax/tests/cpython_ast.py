#!/usr/bin/env python3
"""Writes what CPython 3.11 makes of the parser's test inputs.

    python3 cpython_ast.py            # regenerate ok/*.ast and errors.expected

ok/NAME.py -> ok/NAME.ast: the module's AST in the canonical text format of
`src/engine/syntax/dump.rs` (one top-level statement per line, positions as
@line:col:start:end with the column in characters and byte offsets).

errors.txt -> errors.expected: the cases are separated by lines `### name`;
for each, the exception CPython raises when compiling it, as
`name: Type: message @ line:offset` (offset 1-based, as CPython reports it),
or `name: OK`. Cases whose name starts with `coroscope-` are refused by
coroscope only; their expected line is written by hand in
errors.coroscope and copied through.
"""

import ast
import os
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def quoted(s):
    out = ['"']
    for c in s:
        if ' ' <= c <= '~' and c not in '"\\':
            out.append(c)
        else:
            out.append('\\u{%x}' % ord(c))
    out.append('"')
    return ''.join(out)


def quoted_bytes(b):
    out = ['"']
    for byte in b:
        if 32 <= byte <= 126 and byte not in b'"\\':
            out.append(chr(byte))
        else:
            out.append('\\x%02x' % byte)
    out.append('"')
    return ''.join(out)


class Dumper:
    def __init__(self, source):
        self.data = source.encode()
        # Byte offset of the start of each line (CPython's universal
        # newlines: \n, \r\n and \r).
        self.line_starts = [0, 0]
        i = 0
        while i < len(self.data):
            c = self.data[i:i + 1]
            if c == b'\r' and self.data[i + 1:i + 2] == b'\n':
                i += 2
                self.line_starts.append(i)
                continue
            if c in (b'\n', b'\r'):
                self.line_starts.append(i + 1)
            i += 1

    def pos(self, node):
        start = self.line_starts[node.lineno] + node.col_offset
        end = self.line_starts[node.end_lineno] + node.end_col_offset
        line_start = self.line_starts[node.lineno]
        col = len(self.data[line_start:start].decode())
        return '@%d:%d:%d:%d' % (node.lineno, col, start, end)

    def opt(self, value, f):
        return '-' if value is None else f(value)

    def list(self, items, f):
        return '[' + ', '.join(f(item) for item in items) + ']'

    def body(self, stmts):
        return self.list(stmts, self.stmt)

    def name(self, n):
        return "'%s'" % n

    def module(self, tree):
        return ''.join(self.stmt(s) + '\n' for s in tree.body)

    def stmt(self, s):
        kind = type(s).__name__
        is_async = kind.startswith('Async')
        if is_async:
            kind = kind[len('Async'):]
        star = kind == 'TryStar'
        if star:
            kind = 'Try'
        head = kind + self.pos(s) + '('
        if kind == 'Expr':
            inner = self.expr(s.value)
        elif kind == 'Assign':
            inner = self.list(s.targets, self.expr) + ', ' + self.expr(s.value)
        elif kind == 'AugAssign':
            inner = '%s, %s, %s' % (self.expr(s.target), type(s.op).__name__, self.expr(s.value))
        elif kind == 'AnnAssign':
            inner = '%s, %s, %s' % (self.expr(s.target), self.expr(s.annotation), self.opt(s.value, self.expr))
        elif kind == 'FunctionDef':
            inner = "'%s', %s, %s, %s, %s, async=%d" % (
                s.name, self.arguments(s.args), self.body(s.body), self.list(s.decorator_list, self.expr),
                self.opt(s.returns, self.expr), is_async)
        elif kind == 'ClassDef':
            inner = "'%s', %s, %s, %s, %s" % (
                s.name, self.list(s.bases, self.expr), self.list(s.keywords, self.keyword), self.body(s.body),
                self.list(s.decorator_list, self.expr))
        elif kind == 'Return':
            inner = self.opt(s.value, self.expr)
        elif kind == 'Delete':
            inner = self.list(s.targets, self.expr)
        elif kind in ('Pass', 'Break', 'Continue'):
            inner = ''
        elif kind in ('If', 'While'):
            inner = '%s, %s, %s' % (self.expr(s.test), self.body(s.body), self.body(s.orelse))
        elif kind == 'For':
            inner = 'async=%d, %s, %s, %s, %s' % (
                is_async, self.expr(s.target), self.expr(s.iter), self.body(s.body), self.body(s.orelse))
        elif kind == 'With':
            inner = 'async=%d, %s, %s' % (is_async, self.list(s.items, self.withitem), self.body(s.body))
        elif kind == 'Try':
            inner = '%s, %s, %s, %s, star=%d' % (
                self.body(s.body), self.list(s.handlers, self.handler), self.body(s.orelse),
                self.body(s.finalbody), star)
        elif kind == 'Raise':
            inner = '%s, %s' % (self.opt(s.exc, self.expr), self.opt(s.cause, self.expr))
        elif kind == 'Assert':
            inner = '%s, %s' % (self.expr(s.test), self.opt(s.msg, self.expr))
        elif kind == 'Import':
            inner = self.list(s.names, self.alias)
        elif kind == 'ImportFrom':
            inner = '%s, %s, %d' % (self.opt(s.module, self.name), self.list(s.names, self.alias), s.level)
        elif kind in ('Global', 'Nonlocal'):
            inner = self.list(s.names, self.name)
        elif kind == 'Match':
            inner = '%s, %s' % (self.expr(s.subject), self.list(s.cases, self.match_case))
        else:
            raise ValueError('unsupported statement ' + kind)
        return head + inner + ')'

    def match_case(self, m):
        return 'match_case(%s, %s, %s)' % (self.pattern(m.pattern), self.opt(m.guard, self.expr), self.body(m.body))

    def pattern(self, p):
        kind = type(p).__name__
        head = kind + self.pos(p) + '('
        if kind == 'MatchValue':
            inner = self.expr(p.value)
        elif kind == 'MatchSingleton':
            inner = self.constant(p.value)
        elif kind in ('MatchSequence', 'MatchOr'):
            inner = self.list(p.patterns, self.pattern)
        elif kind == 'MatchMapping':
            inner = '%s, %s, %s' % (self.list(p.keys, self.expr), self.list(p.patterns, self.pattern),
                                    self.opt(p.rest, self.name))
        elif kind == 'MatchClass':
            inner = '%s, %s, %s, %s' % (self.expr(p.cls), self.list(p.patterns, self.pattern),
                                        self.list(p.kwd_attrs, self.name), self.list(p.kwd_patterns, self.pattern))
        elif kind == 'MatchStar':
            inner = self.opt(p.name, self.name)
        elif kind == 'MatchAs':
            inner = '%s, %s' % (self.opt(p.pattern, self.pattern), self.opt(p.name, self.name))
        else:
            raise ValueError('unsupported pattern ' + kind)
        return head + inner + ')'

    def withitem(self, item):
        return 'withitem(%s, %s)' % (self.expr(item.context_expr), self.opt(item.optional_vars, self.expr))

    def handler(self, h):
        return 'ExceptHandler%s(%s, %s, %s)' % (
            self.pos(h), self.opt(h.type, self.expr), self.opt(h.name, self.name), self.body(h.body))

    def alias(self, a):
        return "alias%s('%s', %s)" % (self.pos(a), a.name, self.opt(a.asname, self.name))

    def arguments(self, a):
        return 'arguments(%s, %s, %s, %s, %s, %s, %s)' % (
            self.list(a.posonlyargs, self.arg), self.list(a.args, self.arg), self.opt(a.vararg, self.arg),
            self.list(a.kwonlyargs, self.arg), self.list(a.kw_defaults, lambda d: self.opt(d, self.expr)),
            self.opt(a.kwarg, self.arg), self.list(a.defaults, self.expr))

    def arg(self, a):
        return "arg%s('%s', %s)" % (self.pos(a), a.arg, self.opt(a.annotation, self.expr))

    def keyword(self, k):
        return 'keyword%s(%s, %s)' % (self.pos(k), self.opt(k.arg, self.name), self.expr(k.value))

    def comprehension(self, c):
        return 'comprehension(%s, %s, %s, async=%d)' % (
            self.expr(c.target), self.expr(c.iter), self.list(c.ifs, self.expr), c.is_async)

    def constant(self, value):
        if value is None:
            return 'None'
        if value is True:
            return 'True'
        if value is False:
            return 'False'
        if value is Ellipsis:
            return '...'
        if isinstance(value, int):
            return 'int %d' % value
        if isinstance(value, float):
            return 'float %016x' % struct.unpack('<Q', struct.pack('<d', value))[0]
        if isinstance(value, complex):
            return 'complex %016x' % struct.unpack('<Q', struct.pack('<d', value.imag))[0]
        if isinstance(value, str):
            return 'str ' + quoted(value)
        if isinstance(value, bytes):
            return 'bytes ' + quoted_bytes(value)
        raise ValueError(repr(value))

    def fstring_parts(self, values):
        parts = []
        for v in values:
            if isinstance(v, ast.Constant):
                parts.append('Constant(str %s)' % quoted(v.value))
            else:
                conversion = '-' if v.conversion == -1 else chr(v.conversion)
                spec = self.opt(v.format_spec, lambda s: 'JoinedStr(%s)' % self.fstring_parts(s.values))
                parts.append('FormattedValue(%s, %s, %s)' % (self.expr(v.value), conversion, spec))
        return '[' + ', '.join(parts) + ']'

    def expr(self, e):
        kind = type(e).__name__
        head = kind + self.pos(e) + '('
        if kind == 'BoolOp':
            inner = '%s, %s' % (type(e.op).__name__, self.list(e.values, self.expr))
        elif kind == 'NamedExpr':
            inner = "'%s', %s" % (e.target.id, self.expr(e.value))
        elif kind == 'BinOp':
            inner = '%s, %s, %s' % (self.expr(e.left), type(e.op).__name__, self.expr(e.right))
        elif kind == 'UnaryOp':
            inner = '%s, %s' % (type(e.op).__name__, self.expr(e.operand))
        elif kind == 'Lambda':
            inner = '%s, %s' % (self.arguments(e.args), self.expr(e.body))
        elif kind == 'IfExp':
            inner = '%s, %s, %s' % (self.expr(e.test), self.expr(e.body), self.expr(e.orelse))
        elif kind == 'Dict':
            inner = '%s, %s' % (self.list(e.keys, lambda k: self.opt(k, self.expr)), self.list(e.values, self.expr))
        elif kind in ('Set', 'List', 'Tuple'):
            inner = self.list(e.elts, self.expr)
        elif kind in ('ListComp', 'SetComp', 'GeneratorExp'):
            inner = '%s, %s' % (self.expr(e.elt), self.list(e.generators, self.comprehension))
        elif kind == 'DictComp':
            inner = '%s, %s, %s' % (self.expr(e.key), self.expr(e.value), self.list(e.generators, self.comprehension))
        elif kind in ('Await', 'YieldFrom', 'Starred'):
            inner = self.expr(e.value)
        elif kind == 'Yield':
            inner = self.opt(e.value, self.expr)
        elif kind == 'Compare':
            inner = '%s, %s, %s' % (self.expr(e.left), '[' + ', '.join(type(o).__name__ for o in e.ops) + ']',
                                    self.list(e.comparators, self.expr))
        elif kind == 'Call':
            inner = '%s, %s, %s' % (self.expr(e.func), self.list(e.args, self.expr),
                                    self.list(e.keywords, self.keyword))
        elif kind == 'JoinedStr':
            inner = self.fstring_parts(e.values)
        elif kind == 'Constant':
            inner = self.constant(e.value)
        elif kind == 'Attribute':
            inner = "%s, '%s'" % (self.expr(e.value), e.attr)
        elif kind == 'Subscript':
            inner = '%s, %s' % (self.expr(e.value), self.expr(e.slice))
        elif kind == 'Name':
            inner = "'%s'" % e.id
        elif kind == 'Slice':
            inner = '%s, %s, %s' % (self.opt(e.lower, self.expr), self.opt(e.upper, self.expr),
                                    self.opt(e.step, self.expr))
        else:
            raise ValueError('unsupported expression ' + kind)
        return head + inner + ')'


def dump_source(source):
    return Dumper(source).module(ast.parse(source))


def error_line(name, source):
    try:
        compile(source, 'x.py', 'exec')
        return '%s: OK' % name
    except SyntaxError as e:
        return '%s: %s: %s @ %s:%s' % (name, type(e).__name__, e.msg, e.lineno, e.offset)


def split_cases(text):
    """Cases of errors.txt: (name, source) for each `### name` header line.

    A case's source is the text up to the next header, without its last
    newline (so a blank line before a header means a trailing newline)."""
    cases = []
    for chunk in ('\n' + text).split('\n### ')[1:]:
        name, _, source = chunk.partition('\n')
        cases.append((name.strip(), source))
    return cases


def main():
    ok_dir = os.path.join(HERE, 'ok')
    for file in sorted(os.listdir(ok_dir)):
        if file.endswith('.py'):
            with open(os.path.join(ok_dir, file), encoding='utf-8', newline='') as f:
                source = f.read()
            with open(os.path.join(ok_dir, file[:-3] + '.ast'), 'w', encoding='utf-8', newline='\n') as f:
                f.write(dump_source(source))
    with open(os.path.join(HERE, 'errors.txt'), encoding='utf-8', newline='') as f:
        cases = split_cases(f.read())
    manual = {}
    with open(os.path.join(HERE, 'errors.coroscope'), encoding='utf-8') as f:
        for line in f:
            if line.strip() and not line.startswith('#'):
                manual[line.split(':', 1)[0]] = line.rstrip('\n')
    lines = []
    for name, source in cases:
        if name.startswith('coroscope-'):
            lines.append(manual[name])
        else:
            lines.append(error_line(name, source))
    with open(os.path.join(HERE, 'errors.expected'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')


if __name__ == '__main__':
    if len(sys.argv) > 1:
        for path in sys.argv[1:]:
            with open(path, encoding='utf-8', newline='') as f:
                sys.stdout.write(dump_source(f.read()))
    else:
        main()
