import re
import reprlib

RE_WORD = re.compile(r'\w+')

class Sentence:
    def __init__(self, text):
        self.text = text
    def __repr__(self):
        return f'Sentence({reprlib.repr(self.text)})'
    def __iter__(self):
        for match in RE_WORD.finditer(self.text):
            yield match.group()

s = Sentence('"The time has come," the Walrus said, to talk of many things')
print(s)
print(list(s))
print(reprlib.repr(list(range(100))))
print(reprlib.repr({i: i for i in range(20)}))
print(reprlib.repr('x' * 100))
