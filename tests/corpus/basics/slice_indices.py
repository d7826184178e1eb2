# slice.indices clamps a slice to a length, as __getitem__ implementations use it.
for s in [slice(1, 5), slice(None), slice(None, None, -1), slice(-3, None), slice(2, 100, 2), slice(-100, -1, 3), slice(10, 0, -2)]:
    print(s, s.indices(6), list(range(*s.indices(6))))


class Window:
    def __init__(self, data):
        self.data = data

    def __getitem__(self, key):
        if isinstance(key, slice):
            return [self.data[i] for i in range(*key.indices(len(self.data)))]
        return self.data[key]


w = Window("abcdefg")
print(w[1:4], w[::-2], w[-2:], w[3])
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print(e)
slice(None, None, 0).indices(3)
