# argparse: the part of CPython's argparse that scripts use to read their
# options. Programs run without command-line arguments here, so what
# matters most is that defaults, types and `Namespace` behave as CPython's
# do; parsing of the usual option forms is there too, with CPython's error
# messages and exit status 2. Help text is a plain rendering.

import sys as _sys

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
REMAINDER = '...'


class Namespace:
    def __init__(self, **kwargs):
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def __repr__(self):
        parts = [f'{k}={v!r}' for k, v in self.__dict__.items()]
        return 'Namespace(' + ', '.join(parts) + ')'

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


class ArgumentError(Exception):
    def __init__(self, argument, message):
        self.argument_name = argument
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return f'argument {self.argument_name}: {self.message}'


class ArgumentTypeError(Exception):
    pass


class HelpFormatter:
    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        self._prog = prog


RawDescriptionHelpFormatter = HelpFormatter
RawTextHelpFormatter = HelpFormatter
ArgumentDefaultsHelpFormatter = HelpFormatter


class FileType:
    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode

    def __call__(self, string):
        raise ArgumentTypeError("files cannot be opened in coroscope")


class _Action:
    def __init__(self, option_strings, dest, action, nargs, const, default,
                 type, choices, required, help, metavar):
        self.option_strings = option_strings
        self.dest = dest
        self.action = action
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def display(self):
        if self.option_strings:
            return '/'.join(self.option_strings)
        if self.metavar is not None:
            return self.metavar
        return self.dest

    def usage(self):
        if not self.option_strings:
            name = self.metavar or self.dest
            if self.nargs == '?':
                return f'[{name}]'
            if self.nargs == '*':
                return f'[{name} ...]'
            if self.nargs == '+':
                return f'{name} [{name} ...]'
            return name
        opt = self.option_strings[0]
        if self.action in ('store_true', 'store_false', 'store_const', 'count', 'help', 'version'):
            text = opt
        else:
            text = f'{opt} {self.metavar or self.dest.upper()}'
        return text if self.required else f'[{text}]'


class _Group:
    def __init__(self, parser):
        self._parser = parser

    def add_argument(self, *args, **kwargs):
        return self._parser.add_argument(*args, **kwargs)

    def add_argument_group(self, *args, **kwargs):
        return self

    def add_mutually_exclusive_group(self, **kwargs):
        return self


class ArgumentParser:
    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=(), formatter_class=HelpFormatter, prefix_chars='-',
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        if prog is None:
            prog = _sys.argv[0].replace('\\', '/').split('/')[-1] if _sys.argv else 'prog'
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.argument_default = argument_default
        self.exit_on_error = exit_on_error
        self._actions = []
        self._defaults = {}
        if add_help:
            self.add_argument('-h', '--help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            for a in parent._actions:
                if a.action != 'help':
                    self._actions.append(a)

    def add_argument(self, *args, action='store', nargs=None, const=None,
                     default=None, type=None, choices=None, required=None,
                     help=None, metavar=None, dest=None, version=None):
        if args and args[0][:1] == '-':
            option_strings = list(args)
            if dest is None:
                long = [s for s in args if s.startswith('--')]
                dest = (long[0] if long else args[0]).lstrip('-').replace('-', '_')
            if required is None:
                required = False
        else:
            option_strings = []
            if dest is None:
                dest = args[0]
            if required is None:
                required = nargs not in ('?', '*')
        if default is None:
            if action == 'store_true':
                default = False
            elif action == 'store_false':
                default = True
            elif self.argument_default is not None:
                default = self.argument_default
        if action in ('store_true', 'store_false', 'store_const', 'count', 'help', 'version'):
            nargs = 0
        if action == 'store_true':
            const = True
        elif action == 'store_false':
            const = False
        a = _Action(option_strings, dest, action, nargs, const, default,
                    type, choices, required, help, metavar)
        a.version = version
        self._actions.append(a)
        return a

    def add_argument_group(self, title=None, description=None):
        return _Group(self)

    def add_mutually_exclusive_group(self, required=False):
        return _Group(self)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for a in self._actions:
            if a.dest in kwargs:
                a.default = kwargs[a.dest]

    def get_default(self, dest):
        for a in self._actions:
            if a.dest == dest and a.default is not None:
                return a.default
        return self._defaults.get(dest)

    def format_usage(self):
        if self.usage is not None:
            return f'usage: {self.usage}\n'
        parts = [a.usage() for a in self._actions if a.option_strings]
        parts += [a.usage() for a in self._actions if not a.option_strings]
        return 'usage: ' + ' '.join([self.prog] + parts) + '\n'

    def format_help(self):
        out = [self.format_usage()]
        if self.description:
            out.append('\n' + self.description + '\n')
        positionals = [a for a in self._actions if not a.option_strings]
        if positionals:
            out.append('\npositional arguments:\n')
            for a in positionals:
                out.append(self._help_line(a.metavar or a.dest, a.help))
        optionals = [a for a in self._actions if a.option_strings]
        if optionals:
            out.append('\noptions:\n')
            for a in optionals:
                if a.nargs == 0:
                    names = ', '.join(a.option_strings)
                else:
                    m = a.metavar or a.dest.upper()
                    names = ', '.join(f'{s} {m}' for s in a.option_strings)
                out.append(self._help_line(names, a.help))
        if self.epilog:
            out.append('\n' + self.epilog + '\n')
        return ''.join(out)

    def _help_line(self, names, help):
        head = '  ' + names
        if not help:
            return head + '\n'
        if len(head) <= 22:
            return head.ljust(24) + help + '\n'
        return head + '\n' + ' ' * 24 + help + '\n'

    def print_usage(self, file=None):
        (file or _sys.stdout).write(self.format_usage())

    def print_help(self, file=None):
        (file or _sys.stdout).write(self.format_help())

    def exit(self, status=0, message=None):
        if message:
            _sys.stderr.write(message)
        _sys.exit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        self.exit(2, f'{self.prog}: error: {message}\n')

    def parse_args(self, args=None, namespace=None):
        args, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: ' + ' '.join(extras))
        return args

    def _convert(self, a, text):
        if a.type is None:
            value = text
        else:
            try:
                value = a.type(text)
            except ArgumentTypeError as e:
                raise ArgumentError(a.display(), str(e))
            except (TypeError, ValueError):
                name = getattr(a.type, '__name__', repr(a.type))
                raise ArgumentError(a.display(), f'invalid {name} value: {text!r}')
        if a.choices is not None and value not in a.choices:
            choices = ', '.join(repr(c) for c in a.choices)
            raise ArgumentError(a.display(),
                                f'invalid choice: {value!r} (choose from {choices})')
        return value

    def _take(self, a, ns, values):
        if a.action == 'store':
            if a.nargs is None or a.nargs == '?':
                setattr(ns, a.dest, values[0] if values else a.const)
            else:
                setattr(ns, a.dest, values)
        elif a.action in ('store_true', 'store_false', 'store_const'):
            setattr(ns, a.dest, a.const)
        elif a.action == 'append':
            old = getattr(ns, a.dest, None)
            items = list(old) if old else []
            items.append(values[0] if a.nargs is None else values)
            setattr(ns, a.dest, items)
        elif a.action == 'append_const':
            old = getattr(ns, a.dest, None)
            items = list(old) if old else []
            items.append(a.const)
            setattr(ns, a.dest, items)
        elif a.action == 'count':
            setattr(ns, a.dest, (getattr(ns, a.dest, None) or 0) + 1)
        elif a.action == 'help':
            self.print_help()
            self.exit()
        elif a.action == 'version':
            _sys.stdout.write(str(a.version) + '\n')
            self.exit()

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        ns = namespace if namespace is not None else Namespace()
        for a in self._actions:
            if a.dest is not SUPPRESS and a.default is not SUPPRESS and not hasattr(ns, a.dest):
                default = a.default
                if isinstance(default, str) and a.type is not None and a.option_strings:
                    default = a.type(default)
                setattr(ns, a.dest, default)
        for k, v in self._defaults.items():
            if not hasattr(ns, k):
                setattr(ns, k, v)
        try:
            extras = self._parse(args, ns)
        except ArgumentError as e:
            if not self.exit_on_error:
                raise
            self.error(str(e))
        return ns, extras

    def _find_option(self, text):
        for a in self._actions:
            if text in a.option_strings:
                return a
        matches = [a for a in self._actions
                   for s in a.option_strings if s.startswith('--') and s.startswith(text)]
        if len(matches) == 1 and text.startswith('--'):
            return matches[0]
        return None

    def _parse(self, args, ns):
        extras = []
        positionals = [a for a in self._actions if not a.option_strings]
        loose = []
        seen = set()
        i = 0
        while i < len(args):
            arg = args[i]
            if arg == '--':
                loose.extend(args[i + 1:])
                break
            if arg.startswith('-') and arg != '-' and not _is_number(arg):
                text, eq, attached = arg.partition('=')
                a = self._find_option(text)
                if a is None and not arg.startswith('--') and len(arg) > 2:
                    a = self._find_option(arg[:2])
                    if a is not None:
                        eq, attached = '=', arg[2:]
                if a is None:
                    extras.append(arg)
                    i += 1
                    continue
                seen.add(a.dest)
                if a.nargs == 0:
                    self._take(a, ns, [])
                    i += 1
                    continue
                if eq:
                    values = [attached]
                    i += 1
                else:
                    i += 1
                    values = []
                    want = a.nargs
                    while i < len(args) and not (args[i].startswith('-') and not _is_number(args[i])):
                        if want in (None, '?') and values:
                            break
                        if isinstance(want, int) and len(values) == want:
                            break
                        values.append(args[i])
                        i += 1
                    if a.nargs is None and not values:
                        raise ArgumentError(a.display(), 'expected one argument')
                    if a.nargs == '+' and not values:
                        raise ArgumentError(a.display(), 'expected at least one argument')
                    if isinstance(a.nargs, int) and len(values) != a.nargs:
                        raise ArgumentError(a.display(), f'expected {a.nargs} arguments')
                self._take(a, ns, [self._convert(a, v) for v in values])
            else:
                loose.append(arg)
                i += 1
        missing = []
        for a in positionals:
            n = a.nargs
            if n is None:
                if loose:
                    setattr(ns, a.dest, self._convert(a, loose.pop(0)))
                else:
                    missing.append(a.metavar or a.dest)
            elif n == '?':
                if loose:
                    setattr(ns, a.dest, self._convert(a, loose.pop(0)))
            elif n in ('*', '+', REMAINDER):
                if n == '+' and not loose:
                    missing.append(a.metavar or a.dest)
                elif loose or n != '*' or getattr(ns, a.dest, None) is None:
                    setattr(ns, a.dest, [self._convert(a, v) for v in loose])
                loose = []
            else:
                if len(loose) < n:
                    missing.append(a.metavar or a.dest)
                else:
                    setattr(ns, a.dest, [self._convert(a, v) for v in loose[:n]])
                    loose = loose[n:]
        for a in self._actions:
            if a.option_strings and a.required and a.dest not in seen:
                missing.append('/'.join(a.option_strings))
        if missing:
            raise ArgumentError(None, 'the following arguments are required: ' + ', '.join(missing))
        return extras + loose


def _is_number(text):
    try:
        float(text)
        return True
    except ValueError:
        return False
