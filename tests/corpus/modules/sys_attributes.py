# The sys and os attributes programs read for what they are running on:
# intern, path, executable, encodings, implementation, flags, hexversion,
# cpu_count.
import os
import sys

print(sys.intern("ab") == "ab", type(sys.path), sys.path[0] != "", sys.executable != "")
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.stdout.encoding, sys.stderr.encoding)
print(sys.implementation.name, sys.implementation.cache_tag, sys.implementation.version[:2])
print(sys.flags.optimize, sys.flags.dev_mode, sys.hexversion, sys.hexversion >= 0x030B0000)
print(os.cpu_count() > 0, os.sep, os.name)
try:
    sys.intern(3)
except TypeError as e:
    print(e)
