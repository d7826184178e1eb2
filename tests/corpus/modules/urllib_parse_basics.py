# urllib.parse is CPython's own module: parsing, joining, quoting and
# query strings, imported both ways.
import urllib.parse
from urllib.parse import urlparse, urljoin, urlencode, quote, unquote, parse_qs, urlsplit, urlunparse, quote_plus
u = urlparse("https://user:pw@example.com:8080/path/to/page.html;params?q=1&r=two#frag")
print(u)
print(u.scheme, u.netloc, u.hostname, u.port, u.username, u.password, u.path, u.query, u.fragment)
print(urljoin("https://example.com/a/b/c", "../d?x=1"), urljoin("https://example.com/a/", "/root"))
print(urlencode({"q": "async io", "page": 2, "tags": ["a", "b"]}, doseq=True))
print(quote("a b/c?d=é"), unquote("a%20b%2Fc"), quote_plus("x y+z"))
print(parse_qs("a=1&a=2&b=three"))
print(urlsplit("http://x.org/p?q#f")._replace(fragment="").geturl())
print(urlunparse(("https", "h.com", "/p", "", "a=1", "")))
print(urllib.parse.urldefrag("http://a/b#c"))
from urllib import parse
print(parse is urllib.parse, parse.urlsplit("//h/p").netloc)
