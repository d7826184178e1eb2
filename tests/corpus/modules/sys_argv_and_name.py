import sys

print(__name__)
print(len(sys.argv), sys.argv[0].endswith(".py"))
print(sys.version_info[:2] >= (3, 11))
print(sys.maxsize == 2 ** 63 - 1)
