# sys.version_info: a tuple with named fields, as CPython's struct sequence.
import sys
print(sys.version_info >= (3, 8), sys.version_info.major, sys.version_info[:2], type(sys.version_info.minor), sys.version_info.releaselevel, len(sys.version_info))
print(repr(sys.version_info)[:30])
major, minor, *_ = sys.version_info
print(major, minor)
