# The encode error handlers a tutorial shows.
s = "café €5 😀"
for errors in ["ignore", "replace", "xmlcharrefreplace", "backslashreplace"]:
    print(errors, s.encode("ascii", errors), s.encode("latin-1", errors=errors))
s.encode("ascii")
