# types.MappingProxyType: a read-only, live view of a dict.
from types import MappingProxyType

d = {1: 'A'}
d_proxy = MappingProxyType(d)
print(d_proxy, d_proxy[1], type(d_proxy).__name__, len(d_proxy), 1 in d_proxy)
try:
    d_proxy[2] = 'x'
except TypeError as e:
    print(e)
d[2] = 'B'
print(d_proxy, d_proxy[2], list(d_proxy), list(d_proxy.items()), d_proxy.get(3, '-'))
print(d_proxy == {1: 'A', 2: 'B'}, d_proxy | {3: 'C'}, d_proxy.copy() is d, str(d_proxy))
try:
    MappingProxyType([1, 2])
except TypeError as e:
    print(e)
try:
    del d_proxy[1]
except TypeError as e:
    print(e)
