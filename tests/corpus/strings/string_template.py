# string.Template: $name, ${name}, $$, safe_substitute, the errors, and a
# subclass with its own delimiter.
from string import Template

print(Template("$who likes $what").substitute(who="tim", what="kung pao"))
t = Template("${name}s cost $$${price}")
print(t.substitute({"name": "apple", "price": 3}), t.template)
print(Template("$a and $b").safe_substitute(a=1))
print(Template("$a").substitute({"a": 1}, a=2))
try:
    Template("$a $b").substitute(a=1)
except KeyError as e:
    print("KeyError", e)
try:
    Template("bad $ here").substitute()
except ValueError as e:
    print("ValueError", e)
print(Template("$x ${y} $x").get_identifiers(), Template("$x $$").is_valid(), Template("$").is_valid())


class Percent(Template):
    delimiter = "%"


print(Percent("%who owes %%%amount").substitute(who="me", amount=5))
