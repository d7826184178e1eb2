# bytes(obj) calls obj.__bytes__, which must return bytes.


class Packet:
    def __init__(self, *values):
        self.values = values

    def __bytes__(self):
        return bytes(self.values)


class Wrong:
    def __bytes__(self):
        return 'not bytes'


print(bytes(Packet(104, 105)), bytes(Packet()), b'>' + bytes(Packet(33)))
try:
    bytes(Wrong())
except TypeError as e:
    print(e)
try:
    bytes(object())
except TypeError as e:
    print(e)
