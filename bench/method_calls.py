class Counter:
    def __init__(self):
        self.count = 0

    def add(self, n):
        self.count += n
        return self.count


c = Counter()
for i in range(300_000):
    c.add(i)
print(c.count)
