import textwrap

ARTICLE = (
    "Asynchronous programming lets a single thread juggle many tasks. "
    "Instead of blocking while waiting for the network, a coroutine yields "
    "control to the event loop, which resumes it once data arrives. This "
    "makes servers that handle thousands of connections practical."
)


def slugify(title: str) -> str:
    cleaned = "".join(c if c.isalnum() else " " for c in title.lower())
    return "-".join(cleaned.split())


def title_case(s: str) -> str:
    small = {"a", "an", "the", "of", "in", "and", "to"}
    words = s.split()
    return " ".join(w.capitalize() if i == 0 or w not in small else w for i, w in enumerate(words))


def boxed(text: str, width: int = 40) -> str:
    lines = textwrap.wrap(text, width - 4)
    top = "+" + "-" * (width - 2) + "+"
    body = [f"| {line:<{width - 4}} |" for line in lines]
    return "\n".join([top, *body, top])


title = "A Gentle Introduction to the Event Loop in Python 3.11!"
print(slugify(title))
print(title_case("the art of computer programming"))
print(boxed(ARTICLE))
print(textwrap.shorten(ARTICLE, width=60, placeholder=" [...]"))
print(textwrap.indent(textwrap.fill(ARTICLE, 50), "> "))
print(textwrap.dedent("""\
    def hello():
        return 'world'
"""), end="")
s = "  Hello, World  "
print(repr(s.strip()), s.lstrip().rstrip().swapcase(), s.count("l"), s.find("World"))
print("-".join("abc").center(11, "*"), "x".zfill(4), "tab\tsep".expandtabs(4), "a,b,,c".split(","))
print("ready".ljust(8, ".") + "ok", "Python".startswith(("Py", "Ja")), "ß".casefold(), "İ".lower() == "i̇")
