def classify(action):
    try:
        action()
    except (KeyError, IndexError) as e:
        return f"lookup error: {type(e).__name__}"
    except ArithmeticError as e:
        return f"arithmetic: {e}"
    except Exception as e:
        return f"other: {type(e).__name__}: {e}"


print(classify(lambda: {}["x"]))
print(classify(lambda: [][1]))
print(classify(lambda: 1 / 0))
print(classify(lambda: int("z")))
print(classify(lambda: None.upper()))
print(issubclass(ZeroDivisionError, ArithmeticError), KeyError.__mro__)
