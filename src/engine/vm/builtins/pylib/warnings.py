# warnings: warn, the filters and catch_warnings, after CPython's
# Lib/warnings.py. A warning is shown on stderr as CPython shows it,
# "file:line: Category: message" and the source line, once per place
# under the "default" action.

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning",
           "filterwarnings", "simplefilter", "resetwarnings", "catch_warnings"]

# CPython 3.11's default filters (a release build, no -W options).
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
_registry = {}
_onceregistry = {}
_actions = ("error", "ignore", "always", "default", "module", "once")


def _compile(text, flags):
    if not text:
        return None
    import re
    return re.compile(text, flags)


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    if action not in _actions:
        raise ValueError(f"invalid action: {action!r}")
    if not isinstance(message, str):
        raise TypeError("message must be a string")
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise TypeError("category must be a Warning subclass")
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError("lineno must be an int >= 0")
    import re
    item = (action, _compile(message, re.I), category,
            _compile(module, 0) if module else None, lineno)
    _add_filter(item, append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    if action not in _actions:
        raise ValueError(f"invalid action: {action!r}")
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError("lineno must be an int >= 0")
    _add_filter((action, None, category, None, lineno), append)


def _add_filter(item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _registry.clear()


def resetwarnings():
    filters[:] = []
    _registry.clear()


def formatwarning(message, category, filename, lineno, line=None):
    s = f"{filename}:{lineno}: {category.__name__}: {message}\n"
    if line:
        s += "  %s\n" % line.strip()
    return s


def _showwarnmsg_impl(msg):
    text = formatwarning(msg.message, msg.category, msg.filename, msg.lineno,
                         msg.line)
    file = msg.file if msg.file is not None else sys.stderr
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno,
                                     file, line))


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    # A replaced showwarning is called as CPython calls it.
    if showwarning is not _showwarning_orig:
        showwarning(msg.message, msg.category, msg.filename, msg.lineno,
                    msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _matches(pattern, text):
    return pattern is None or pattern.match(text) is not None


def _module_matches(mod, module):
    # The default filter names "__main__" as text, to spare importing re.
    if isinstance(mod, str):
        return mod == module
    return _matches(mod, module)


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        "not '{:s}'".format(type(category).__name__))
    filename, lineno, module, line = sys._warn_site(stacklevel)
    warn_explicit(message, category, filename, lineno, module, None, None,
                  source, _line=line)


def warn_explicit(message, category, filename, lineno, module=None,
                  registry=None, module_globals=None, source=None, _line=None):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    seen = _registry.setdefault(module, {})
    if seen.get(key):
        return
    for action, msg, cat, mod, ln in filters:
        if (_matches(msg, text) and issubclass(category, cat)
                and _module_matches(mod, module) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        seen[key] = 1
        oncekey = (text, category)
        if _onceregistry.get(oncekey):
            return
        _onceregistry[oncekey] = 1
    elif action == "module":
        seen[key] = 1
        altkey = (text, category, 0)
        if seen.get(altkey):
            return
        seen[altkey] = 1
    elif action == "default":
        seen[key] = 1
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None,
                                _line))


def _filter_action(text, category, filename, lineno):
    # The action the filters give a warning the interpreter shows itself
    # (a coroutine never awaited), which keeps its own once-per-place rule.
    module = filename or "<unknown>"
    if module[-3:].lower() == ".py":
        module = module[:-3]
    for action, msg, cat, mod, ln in filters:
        if (_matches(msg, text) and issubclass(category, cat)
                and _module_matches(mod, module) and (ln == 0 or lineno == ln)):
            return action
    return defaultaction


class WarningMessage(object):

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


class catch_warnings(object):

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._entered = False
        self._filter = (action, category, lineno, append) if action else None

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        global showwarning
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = filters[:]
        self._showwarning = showwarning
        _registry.clear()
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []

            def _record(message, category, filename, lineno, file=None,
                        line=None):
                log.append(WarningMessage(message, category, filename,
                                          lineno, file, line))

            showwarning = _record
            return log
        return None

    def __exit__(self, *exc_info):
        global showwarning
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        filters[:] = self._filters
        showwarning = self._showwarning
        _registry.clear()
