print(bytes("héllo", "utf-8"), bytes("abc", encoding="ascii"), bytes(b"xy"), bytes(range(3)))
try:
    bytes([300])
except ValueError as e:
    print(e)
try:
    bytes(-1)
except ValueError as e:
    print(e)
print((255).to_bytes(2, "big"), (-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xff", "big", signed=True))
print((1024).to_bytes(4, byteorder="little"), int.from_bytes([1, 2], "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(e)
bytes("abc")
