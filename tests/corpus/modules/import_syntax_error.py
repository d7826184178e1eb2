try:
    import broken_module
except SyntaxError as e:
    print("caught", e.msg if hasattr(e, "msg") else "", e)
import broken_module
