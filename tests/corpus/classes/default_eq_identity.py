class Token:
    def __init__(self, text):
        self.text = text


a = Token("x")
b = Token("x")
print(a == b, a == a, a != b)
print(a in [b], a in [a])


class Word:
    def __init__(self, text):
        self.text = text

    def __eq__(self, other):
        print(f"  __eq__({self.text}, {other.text})")
        return self.text.lower() == other.text.lower()


print(Word("Hi") == Word("hi"))
print(Word("Hi") != Word("ho"))
print(Word("a") in [Word("b"), Word("A")])
