# An uncaught KeyboardInterrupt prints its traceback and exits with 130,
# as a shell reports CPython's SIGINT.
def handler():
    raise KeyboardInterrupt

print("start")
handler()
