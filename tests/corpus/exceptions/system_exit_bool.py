# SystemExit(True): a bool is an int, so the status is 1 and nothing is
# printed.
import sys
print("before")
sys.exit(True)
