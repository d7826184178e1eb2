# os: the parts a single-file program uses without touching the machine:
# path arithmetic (posixpath's), the environment (empty: a run must not
# depend on the machine it runs on) and a few constants.

import sys as _sys

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
devnull = '/dev/null'
environ = {}


def getenv(key, default=None):
    return environ.get(key, default)


def getcwd():
    return _sys._getcwd()


def remove(path):
    _sys._remove_file(fspath(path))


unlink = remove


def listdir(path='.'):
    return _sys._listdir(fspath(path))


def mkdir(path, mode=0o777, *, dir_fd=None):
    _sys._mkdir(fspath(path))


def makedirs(name, mode=0o777, exist_ok=False):
    name = fspath(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def rmdir(path, *, dir_fd=None):
    _sys._rmdir(fspath(path))


def strerror(code):
    if not isinstance(code, int):
        raise TypeError(f"'{type(code).__name__}' object cannot be interpreted as an integer")
    import errno
    return errno._strerror.get(code, f"Unknown error {code}")


def getpid():
    return 1


def cpu_count():
    # The machines programs are compared on have two.
    return 2


def fspath(path):
    if isinstance(path, str):
        return path
    if hasattr(type(path), '__fspath__'):
        return path.__fspath__()
    raise TypeError(f'expected str, bytes or os.PathLike object, not {type(path).__name__}')


class _Path:
    # posixpath, as functions of strings.
    sep = '/'

    @staticmethod
    def join(a, *p):
        path = a
        for b in p:
            if b.startswith('/'):
                path = b
            elif not path or path.endswith('/'):
                path += b
            else:
                path += '/' + b
        return path

    @staticmethod
    def split(p):
        i = p.rfind('/') + 1
        head, tail = p[:i], p[i:]
        if head and head != '/' * len(head):
            head = head.rstrip('/')
        return head, tail

    @staticmethod
    def basename(p):
        return p[p.rfind('/') + 1:]

    @staticmethod
    def dirname(p):
        i = p.rfind('/') + 1
        head = p[:i]
        if head and head != '/' * len(head):
            head = head.rstrip('/')
        return head

    @staticmethod
    def splitext(p):
        sep_index = p.rfind('/')
        dot_index = p.rfind('.')
        if dot_index > sep_index:
            filename_index = sep_index + 1
            while filename_index < dot_index:
                if p[filename_index] != '.':
                    return p[:dot_index], p[dot_index:]
                filename_index += 1
        return p, p[:0]

    @staticmethod
    def isabs(s):
        return s.startswith('/')

    @staticmethod
    def normpath(path):
        if not path:
            return '.'
        initial_slashes = path.startswith('/')
        if initial_slashes and path.startswith('//') and not path.startswith('///'):
            initial_slashes = 2
        comps = path.split('/')
        new_comps = []
        for comp in comps:
            if comp in ('', '.'):
                continue
            if (comp != '..' or (not initial_slashes and not new_comps) or
                    (new_comps and new_comps[-1] == '..')):
                new_comps.append(comp)
            elif new_comps:
                new_comps.pop()
        path = '/'.join(new_comps)
        if initial_slashes:
            path = '/' * initial_slashes + path
        return path or '.'

    @staticmethod
    def isfile(path):
        try:
            _sys._read_file(fspath(path))
            return True
        except OSError:
            return False

    @staticmethod
    def exists(path):
        return _Path.isfile(path) or _Path.isdir(path)

    @staticmethod
    def isdir(path):
        # The working folder and the folders above it, the only ones a
        # program sees.
        p = _Path.abspath(path)
        cwd = getcwd()
        if cwd == p or cwd.startswith(p.rstrip('/') + '/'):
            return True
        return _sys._isdir(fspath(path))

    @staticmethod
    def islink(path):
        return False

    @staticmethod
    def getsize(path):
        path = fspath(path)
        try:
            return len(_sys._read_file(path).encode())
        except IsADirectoryError:
            return 4096

    @staticmethod
    def abspath(path):
        path = fspath(path)
        if not path.startswith('/'):
            path = _Path.join(getcwd(), path)
        return _Path.normpath(path)

    realpath = abspath

    @staticmethod
    def expanduser(path):
        return path


path = _Path()
