# textwrap: wrap, fill, shorten, dedent, indent (greedy wrapping on
# whitespace, as TextWrapper does with its defaults).


def _words(text):
    return text.split()


def wrap(text, width=70, initial_indent='', subsequent_indent='', break_long_words=True, **kwargs):
    words = _words(text)
    lines = []
    line = initial_indent
    empty = True
    indent = initial_indent
    for w in words:
        if empty:
            candidate = indent + w
        else:
            candidate = line + ' ' + w
        if len(candidate) <= width or empty:
            if empty and len(candidate) > width and break_long_words:
                room = max(width - len(indent), 1)
                while len(indent) + len(w) > width:
                    lines.append(indent + w[:room])
                    w = w[room:]
                    indent = subsequent_indent
                    room = max(width - len(indent), 1)
                candidate = indent + w
            line = candidate
            empty = False
        else:
            lines.append(line)
            indent = subsequent_indent
            line = indent + w
            empty = False
    if not empty:
        lines.append(line)
    return lines


def fill(text, width=70, **kwargs):
    return '\n'.join(wrap(text, width, **kwargs))


def shorten(text, width, *, placeholder=' [...]', **kwargs):
    text = ' '.join(text.split())
    if len(text) <= width:
        return text
    words = text.split()
    out = ''
    for w in words:
        candidate = w if not out else out + ' ' + w
        if len(candidate) + len(placeholder) > width:
            break
        out = candidate
    return out + placeholder


def dedent(text):
    lines = text.split('\n')
    margin = None
    for line in lines:
        stripped = line.lstrip(' \t')
        if not stripped:
            continue
        indent = line[:len(line) - len(stripped)]
        if margin is None:
            margin = indent
        else:
            while not indent.startswith(margin):
                margin = margin[:-1]
    out = []
    for line in lines:
        if not line.strip(' \t'):
            out.append('')
        elif margin:
            out.append(line[len(margin):])
        else:
            out.append(line)
    return '\n'.join(out)


def indent(text, prefix, predicate=None):
    if predicate is None:
        def predicate(line):
            return line.strip()
    out = []
    for line in text.splitlines(True):
        out.append(prefix + line if predicate(line) else line)
    return ''.join(out)
