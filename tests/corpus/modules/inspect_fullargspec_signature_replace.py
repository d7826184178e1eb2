# inspect.getfullargspec, and Signature/Parameter.replace for a decorator
# that adds a keyword-only parameter (Python Cookbook 9.11).
import inspect
from functools import wraps


def optional_debug(func):
    if 'debug' in inspect.getfullargspec(func).args:
        raise TypeError('debug argument already defined')

    @wraps(func)
    def wrapper(*args, debug=False, **kwargs):
        if debug:
            print('Calling', func.__name__)
        return func(*args, **kwargs)

    sig = inspect.signature(func)
    parms = list(sig.parameters.values())
    parms.append(inspect.Parameter('debug', inspect.Parameter.KEYWORD_ONLY, default=False))
    wrapper.__signature__ = sig.replace(parameters=parms)
    return wrapper


@optional_debug
def add(x, y=1):
    return x + y


print(add(1, 2, debug=True), inspect.signature(add))
print(inspect.getfullargspec(lambda a, b=2, *c, d, e=5, **f: 0))
try:
    @optional_debug
    def bad(x, debug):
        pass
except TypeError as e:
    print("TypeError:", e)
P = inspect.Parameter
try:
    inspect.Signature([P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_OR_KEYWORD)])
except ValueError as e:
    print("ValueError:", e)
