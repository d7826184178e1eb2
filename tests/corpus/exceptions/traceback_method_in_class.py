class Parser:
    def __init__(self, text):
        self.text = text

    def tokens(self):
        return self.text.split()

    def numbers(self):
        return [self.convert(t) for t in self.tokens()]

    def convert(self, token):
        return int(token)


p = Parser("1 2 3")
print(p.numbers())
Parser("4 five 6").numbers()
