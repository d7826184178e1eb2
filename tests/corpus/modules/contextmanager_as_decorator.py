# A @contextmanager object and a ContextDecorator subclass decorate
# functions; each call runs the context afresh.
import contextlib


@contextlib.contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name
    finally:
        print(f'</{name}>')


@tag('p')
def para(text):
    print(text)
    return len(text)


print(para('one'), para('two'))


class Traced(contextlib.ContextDecorator):
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print('enter', self.label)
        return self

    def __exit__(self, *exc):
        print('exit', self.label, exc[0].__name__ if exc[0] else None)
        return False


@Traced('work')
def work(n):
    if n < 0:
        raise ValueError(n)
    return n * 2


print(work(4), work.__name__)
try:
    work(-1)
except ValueError as e:
    print('caught', e)


class Plain(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        print('plain exit')


with Plain() as p:
    print(type(p).__name__)
print(issubclass(Traced, contextlib.AbstractContextManager),
      issubclass(int, contextlib.AbstractContextManager))
