# Fluent Python's LookingGlass: replacing sys.stdout.write makes print go
# through the replacement until it is put back.
import sys


class LookingGlass:
    def __enter__(self):
        self.original_write = sys.stdout.write
        sys.stdout.write = self.reverse_write
        return 'JABBERWOCKY'

    def reverse_write(self, text):
        self.original_write(text[::-1])

    def __exit__(self, exc_type, exc_value, traceback):
        sys.stdout.write = self.original_write
        if exc_type is ZeroDivisionError:
            print('Please DO NOT divide by zero!')
            return True


with LookingGlass() as what:
    print('Alice, Kitty and Snowdrop')
    print(what, 'and', 42, sep='|')
print(what)

manager = LookingGlass()
monster = manager.__enter__()
print(monster == 'JABBERWOCKY')
manager.__exit__(None, None, None)
print(monster)

with LookingGlass():
    print('before')
    1 / 0
print('after')

sys.stderr.write = lambda text: sys.__stdout__.write('[err] ' + text)
print('to stderr', file=sys.stderr)
