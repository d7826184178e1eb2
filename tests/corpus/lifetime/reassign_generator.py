def session(n):
    print(f"session {n} begins")
    try:
        yield n
    finally:
        print(f"session {n} ends")


s = session(1)
next(s)
s = session(2)
print("session 2 created, not started")
next(s)
s = session(3)
print("end of program")
