data = b"Hello, World"
print(data.upper(), data.lower(), data.hex(), data.hex(":"))
print(bytes.fromhex("48 65 6c 6c 6f"), data.split(b", "), b" a  b c ".split(), b"a b c".rsplit(None, 1))
print(data.startswith(b"Hell"), data.find(b"World"), data.find(111), data.count(b"l"), data.rfind(b"o"))
print(data.replace(b"World", b"There"), b"-".join([b"a", b"b"]), b"ab".replace(b"", b"-"))
print(data.decode("utf-8"), len(data), list(data[:3]), data[0], data[-1:])
print(b"  pad ".strip(), b"xxabcxx".strip(b"x"), b"abc".center(8, b"*"), b"abc".center(7), b"42".zfill(5), b"-42".zfill(5))
print(b"a,b,c".partition(b","), b"a,b,c".rpartition(b","), b"line1\nline2\r\nline3".splitlines())
print(b"abc".isalpha(), b"123".isdigit(), b"ABC".isupper(), b"".isalpha())
print("héllo".encode(), "héllo".encode("utf-8").decode(), "héllo".encode("latin-1"))
print(b"prefix-data".removeprefix(b"prefix-"), b"a" + b"b", b"ab" * 3, b"b" in b"abc", 98 in b"abc")
print(b"abc" < b"abd", b"abc" == b"abc", hash(b"abc") == hash(b"abc"), bytes(3), bytes([65, 66]))
print(bytes("abc", "ascii"), str(b"x"), repr(b"'q'"), b"\x00\xff")
for x in b"hi":
    print(x)
print(int.from_bytes(b"\x00\x10", "big"), (4096).to_bytes(2, "little"), int.from_bytes(b"\x01\x00", byteorder="little"))
try:
    b"\xff\xfe".decode()
except UnicodeDecodeError as e:
    print(e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
try:
    b"abc" + "d"
except TypeError as e:
    print(e)
print(f"{b'abc'}", "%s" % b"x")
print(sorted([b"b", b"a"]), max(b"abc"), sum(b"\x01\x02"))
print(b"abc".index(b"c"))
b"abc".index(b"z")
