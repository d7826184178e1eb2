def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError as e:
        print(f"  except: {e}")
        return None
    else:
        print(f"  else: {result}")
        return result
    finally:
        print("  finally runs")


print(divide(10, 4))
print(divide(1, 0))
