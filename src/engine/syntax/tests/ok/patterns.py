match = 3
match(x)
match[0] = 1
print(match, case)
case = [match]
match -x:
    case 1 | -2 | 3.5 | -0.5:
        pass
    case "a" "b" | b"c" | None | True | False:
        pass
    case Color.RED | mod.Color.GREEN:
        pass
    case (a) | (b as c):
        pass
match a, *b:
    case [x, *rest] if rest:
        pass
    case (x, y, *_,):
        pass
    case x, y:
        pass
    case ():
        pass
    case []:
        pass
match (subject := value):
    case {"k": v, 1: w, a.b: z, **rest}:
        pass
    case {}:
        pass
    case {**rest,}:
        pass
    case Point(x=0, y=yy):
        pass
    case Point(0, 1, z=_,):
        pass
    case mod.Point():
        pass
    case int(n) as number if number > 0:
        pass
    case [Point(x=0) | Point(y=0) as p, {"t": [*_, last]}]:
        pass
    case _:
        pass
def f():
    match (yield):
        case 1: return
        case case:
            match case:
                case match: pass
