# base64 encodings round trip; decoding errors are binascii.Error.
import base64
for data in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(250, 256)), 'héllo'.encode()]:
    e = base64.b64encode(data)
    print(e, base64.b64decode(e) == data, base64.b32encode(data), base64.b32decode(base64.b32encode(data)) == data, base64.b16encode(data))
print(base64.urlsafe_b64encode(b'\xfb\xff\xfe'), base64.urlsafe_b64decode('-__-'), base64.b64encode(b'\xfb\xff', altchars=b'*!'))
print(base64.b64decode('aGVs bG8=\n'), base64.b64decode(b'aGVsbG8=extra'), base64.encodebytes(b'x' * 60))
print(base64.decodebytes(b'eHh4\n'), base64.b16decode('48656c6c6f', casefold=True), base64.standard_b64encode(b'hi'))
for bad in ['abc', 'a', 'abcde', 'ab=c']:
    try:
        print(base64.b64decode(bad))
    except Exception as ex:
        print(type(ex).__name__, ex, isinstance(ex, ValueError))
try:
    base64.b64decode('ab!=', validate=True)
except base64.binascii.Error if hasattr(base64, 'binascii') else Exception as ex:
    print('validate', ex)
try:
    base64.b64encode('text')
except TypeError as ex:
    print(ex)
token = base64.b64encode(b'user:pass').decode('ascii')
print(f'Basic {token}')
base64.b64decode('x')
