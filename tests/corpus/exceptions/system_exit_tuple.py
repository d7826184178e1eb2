# SystemExit with several arguments: its code is their tuple, printed to
# stderr, and the exit status is 1.
print("before")
raise SystemExit(1, "two")
