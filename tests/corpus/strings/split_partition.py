line = "key=value=with=equals"
print(line.split("=", 1))
print(line.rsplit("=", 1))
print(line.partition("="))
print(line.rpartition("="))
print("no separator".partition("="))
text = "first line\nsecond line\r\nthird\n"
print(text.splitlines())
print(text.splitlines(keepends=True))
print(text.split("\n"))
csv = "1, 2,3 ,  4"
print([int(x) for x in csv.split(",")])
print("a  b   c".split(" "))
