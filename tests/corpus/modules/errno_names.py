# errno: the numbers and errorcode's names, with OSError built from them
# (errno picks the subclass, strerror is the C library's text).
import errno
import os

print(errno.ENOENT, errno.EAGAIN == errno.EWOULDBLOCK, errno.errorcode[errno.EAGAIN])
print(errno.errorcode[errno.ECONNREFUSED], errno.ETIMEDOUT, len(errno.errorcode))
for code in (errno.ENOENT, errno.EACCES, errno.ECONNRESET, errno.ETIMEDOUT, errno.EPIPE):
    err = OSError(code, os.strerror(code))
    print(type(err).__name__, err.errno, errno.errorcode[err.errno], err)
try:
    open("/definitely/not/here.txt")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
print(os.strerror(0), os.strerror(9999))
