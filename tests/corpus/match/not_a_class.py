# A function is not a class: calling it in a pattern is not a predicate.
def is_even(n):
    return n % 2 == 0


for n in [1, 2]:
    match n:
        case 1:
            print("one")
        case is_even():
            print("even")
