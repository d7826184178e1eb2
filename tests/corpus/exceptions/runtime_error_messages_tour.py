try:
    exec('x = [1, 2, 3]; x[10]')
except BaseException as e:
    print(1, type(e).__name__, e)
try:
    exec('d = {"a": 1}; d["b"]')
except BaseException as e:
    print(2, type(e).__name__, e)
try:
    exec('int("12a")')
except BaseException as e:
    print(3, type(e).__name__, e)
try:
    exec('float("abc")')
except BaseException as e:
    print(4, type(e).__name__, e)
try:
    exec('"abc".index("z")')
except BaseException as e:
    print(5, type(e).__name__, e)
try:
    exec('[1, 2].remove(3)')
except BaseException as e:
    print(6, type(e).__name__, e)
try:
    exec('None + 1')
except BaseException as e:
    print(7, type(e).__name__, e)
try:
    exec('len(None)')
except BaseException as e:
    print(8, type(e).__name__, e)
try:
    exec('def f(a): pass; f(1, 2, 3)')
except BaseException as e:
    print(9, type(e).__name__, e)
try:
    exec('import math; math.sqrt(-1)')
except BaseException as e:
    print(10, type(e).__name__, e)
try:
    exec('1 / 0')
except BaseException as e:
    print(11, type(e).__name__, e)
try:
    exec('10 % 0')
except BaseException as e:
    print(12, type(e).__name__, e)
try:
    exec('{}.popitem()')
except BaseException as e:
    print(13, type(e).__name__, e)
try:
    exec('set().pop()')
except BaseException as e:
    print(14, type(e).__name__, e)
try:
    exec('(1, 2)[5]')
except BaseException as e:
    print(15, type(e).__name__, e)
try:
    exec('"a" * "b"')
except BaseException as e:
    print(16, type(e).__name__, e)
try:
    exec('[] < 1')
except BaseException as e:
    print(17, type(e).__name__, e)
try:
    exec('max([])')
except BaseException as e:
    print(18, type(e).__name__, e)
try:
    exec('next(iter([]))')
except BaseException as e:
    print(19, type(e).__name__, e)
try:
    exec('x = 5; x()')
except BaseException as e:
    print(20, type(e).__name__, e)
try:
    exec('"abc"[1] = "z"')
except BaseException as e:
    print(21, type(e).__name__, e)
try:
    exec('a, b = [1, 2, 3]')
except BaseException as e:
    print(22, type(e).__name__, e)
try:
    exec('a, b, c = [1, 2]')
except BaseException as e:
    print(23, type(e).__name__, e)
try:
    exec('import nonexistent')
except BaseException as e:
    print(24, type(e).__name__, e)
try:
    exec('print(undefined_var)')
except BaseException as e:
    print(26, type(e).__name__, e)
try:
    exec('class A: pass; A().missing')
except BaseException as e:
    print(27, type(e).__name__, e)
try:
    exec('open("/nonexistent/file.txt")')
except BaseException as e:
    print(28, type(e).__name__, e)
try:
    exec('int(None)')
except BaseException as e:
    print(29, type(e).__name__, e)
try:
    exec('range(1, 2, 0)')
except BaseException as e:
    print(30, type(e).__name__, e)
try:
    exec('"{} {}".format(1)')
except BaseException as e:
    print(31, type(e).__name__, e)
try:
    exec('"%d" % "x"')
except BaseException as e:
    print(32, type(e).__name__, e)
try:
    exec('sorted([1, "a"])')
except BaseException as e:
    print(33, type(e).__name__, e)
try:
    exec('list(1)')
except BaseException as e:
    print(34, type(e).__name__, e)
try:
    exec('dict([1, 2])')
except BaseException as e:
    print(35, type(e).__name__, e)
try:
    exec('hash([])')
except BaseException as e:
    print(36, type(e).__name__, e)
try:
    exec('{[1]: 2}')
except BaseException as e:
    print(37, type(e).__name__, e)
try:
    exec('str.join(",", [1, 2])')
except BaseException as e:
    print(38, type(e).__name__, e)
try:
    exec('round("x")')
except BaseException as e:
    print(39, type(e).__name__, e)
try:
    exec('abs("x")')
except BaseException as e:
    print(40, type(e).__name__, e)
try:
    exec('ord("ab")')
except BaseException as e:
    print(42, type(e).__name__, e)
try:
    exec('x = 2 ** 10000 * 1.0')
except BaseException as e:
    print(43, type(e).__name__, e)
try:
    exec('import json; json.dumps(set())')
except BaseException as e:
    print(44, type(e).__name__, e)
try:
    exec('"abc".encode("nope")')
except BaseException as e:
    print(45, type(e).__name__, e)
try:
    exec('b"abc".decode("ascii", "strict") + 1')
except BaseException as e:
    print(46, type(e).__name__, e)
try:
    exec('def g(): yield; g().throw(ValueError("thrown"))')
except BaseException as e:
    print(49, type(e).__name__, e)
try:
    exec('import asyncio; asyncio.run(1)')
except BaseException as e:
    print(50, type(e).__name__, e)
