# html.escape for markup, html.unescape for named and numeric references.
import html

snippet = "<a href=\"/q?x=1&y=2\">Tom's caf\u00e9</a>"
print(html.escape(snippet))
print(html.escape(snippet, quote=False))
print(html.unescape(html.escape(snippet)) == snippet)
print(html.unescape("caf&eacute; &copy 2024 &amp;&lt;&gt; &#8364;&#x20AC; &#0; &#150;"))
print(html.unescape("&bogus; &amp no-op &notit; &"))
