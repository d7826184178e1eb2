s = "abcdefghij"
print(s[0], s[-1], s[3:6], s[:3], s[7:], s[::2], s[1::3], s[::-1])
print(s[-3:], s[:-3], s[2:-2], s[100:], repr(s[5:2]))
print(s[-100:3], s[8:100])
try:
    s[20]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "A"
except TypeError as e:
    print("TypeError:", e)
print("A" + s[1:])
word = "racecar"
print(word == word[::-1])
