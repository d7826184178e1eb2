# glob, after CPython's module, on os.listdir and fnmatch (CPython walks
# os.scandir; names come in the folder's listing order, which coroscope
# sorts). Recursive `**` patterns are refused.

import os
import re
import fnmatch

__all__ = ["glob", "iglob", "escape"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
         include_hidden=False):
    """Return a list of paths matching a pathname pattern."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
          include_hidden=False):
    """Return an iterator which yields the paths matching a pathname
    pattern."""
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    if recursive and _isrecursive_in(pathname):
        raise NotImplementedError(
            "recursive '**' globs are not supported by coroscope")
    return _iglob(pathname, root_dir, False, include_hidden)


def _isrecursive_in(pathname):
    return any(part == '**' for part in pathname.split('/'))


def _iglob(pathname, root_dir, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _lexists(_join(root_dir, pathname)):
                yield pathname
        else:
            if _isdir(_join(root_dir, dirname)):
                yield pathname
        return
    if not dirname:
        yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        glob_in_dir = _glob1
    else:
        glob_in_dir = _glob0
    for dirname in dirs:
        for name in glob_in_dir(_join(root_dir, dirname), basename, dironly,
                                include_hidden):
            yield os.path.join(dirname, name)


def _glob1(dirname, pattern, dironly, include_hidden=False):
    names = _listdir(dirname, dironly)
    if not (include_hidden or _ishidden(pattern)):
        names = [x for x in names if not _ishidden(x)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, include_hidden=False):
    if dironly:
        if _isdir(_join(dirname, basename)):
            return [basename]
    elif _lexists(_join(dirname, basename)):
        return [basename]
    return []


def glob0(dirname, pattern):
    return _glob0(dirname, pattern, False)


def glob1(dirname, pattern):
    return _glob1(dirname, pattern, False)


def _listdir(dirname, dironly):
    try:
        names = os.listdir(dirname or os.curdir)
    except OSError:
        return []
    if dironly:
        names = [n for n in names if _isdir(os.path.join(dirname, n))]
    return names


def _lexists(pathname):
    return os.path.exists(pathname)


def _isdir(pathname):
    return os.path.isdir(pathname)


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


magic_check = re.compile('([*?[])')


def has_magic(s):
    return magic_check.search(s) is not None


def _ishidden(path):
    return path[0] == '.'


def escape(pathname):
    """Escape all special characters."""
    return magic_check.sub(r'[\1]', pathname)
