# http.HTTPStatus and HTTPMethod, as web code uses them.
from http import HTTPStatus, HTTPMethod
import http
print(HTTPStatus.OK, repr(HTTPStatus.NOT_FOUND), HTTPStatus(404).phrase, HTTPStatus.NOT_FOUND.description)
print(HTTPStatus.OK == 200, int(HTTPStatus.CREATED), f"{HTTPStatus.OK}", f"{HTTPStatus.OK:>5}", str(HTTPStatus.IM_A_TEAPOT))
print(len(HTTPStatus), list(HTTPStatus)[:3], HTTPStatus['OK'], HTTPStatus.OK.name, HTTPStatus.OK.value)
print(HTTPMethod.GET, repr(HTTPMethod.POST), HTTPMethod.GET.description, HTTPMethod("PUT"))
print(type(HTTPStatus.OK), HTTPStatus.__module__, HTTPStatus.OK.__class__.__name__)
try:
    HTTPStatus(999)
except ValueError as e:
    print(e)
print(sorted([HTTPStatus.NOT_FOUND, HTTPStatus.OK]), HTTPStatus.OK < 300, {HTTPStatus.OK: 1}[200])
print(http.HTTPStatus is HTTPStatus, http.__all__)
