# typing.TypedDict classes make plain dicts and refuse isinstance (a
# metaclass with __call__ = dict and __instancecheck__); total=False,
# Required/NotRequired, the functional forms; NamedTuple classes keep
# their __annotations__.
from typing import TypedDict, NamedTuple, Required, NotRequired, is_typeddict, get_type_hints
class Movie(TypedDict):
    name: str
    year: int
class Partial(TypedDict, total=False):
    rating: float
    title: Required[str]
class Extended(Movie):
    director: NotRequired[str]
m = Movie(name="Blade Runner", year=1982)
print(m, type(m), Movie.__required_keys__ == {'name', 'year'}, Partial.__total__)
print(sorted(Partial.__required_keys__), sorted(Partial.__optional_keys__), sorted(Extended.__required_keys__), sorted(Extended.__optional_keys__))
print(Extended.__annotations__ if False else list(Extended.__annotations__))
print(is_typeddict(Movie), is_typeddict(dict), Movie.__name__, Movie.__module__)
try:
    isinstance(m, Movie)
except TypeError as e:
    print(e)
Point = TypedDict('Point', {'x': int, 'y': int})
print(Point(x=1, y=2), Point.__required_keys__ == {'x', 'y'}, Point.__name__)
Alt = TypedDict('Alt', x=int)
print(Alt(x=3))
m2: Movie = {"name": "x", "year": 1}
print(m2["name"])
class Emp(NamedTuple):
    name: str
    id: int = 3
    def describe(self):
        return f"{self.name}#{self.id}"
print(Emp("a"), Emp.__annotations__, Emp("b", 4).describe(), Emp._field_defaults, get_type_hints(Emp))
