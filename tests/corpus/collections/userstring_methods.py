# collections.UserString: str results come back as the subclass, other
# results (lists, tuples, bools, bytes) as they are.
from collections import UserString


class Shout(UserString):
    def shout(self):
        return self.upper() + '!'


s = Shout('hello world')
print(s, repr(s), len(s), s[0], s[-5:], type(s[1:]).__name__)
print(s.shout(), type(s.shout()).__name__, s.title(), s.replace('o', '0', 1))
print(s.split(), s.partition(' '), s.count('o'), s.find('w'), s.startswith('he'))
print(s + '?', '>' + s, s * 2, type('>' + s).__name__, 'lo' in s, Shout('lo') in s)
print(s == 'hello world', s == Shout('hello world'), s < 'z', sorted([Shout('b'), Shout('a')]))
print(s.encode(), s.center(15, '*'), s.join(['a', 'b']), s.isalpha(), list(reversed(Shout('abc'))))
print(Shout('%s-%d') % ('x', 3), int(Shout('42')) + 1, float(Shout('1.5')), hash(s) == hash('hello world'))
print(Shout(12), Shout(Shout('copy')), {s: 1}['hello world'] if False else s.upper().lower())
