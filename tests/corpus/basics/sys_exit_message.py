import sys

print("starting")
sys.exit("fatal: configuration file not found")
