# title() and capitalize() use title case, which is not always upper case.
words = ["straße", "ǆemal", "ﬁne day", "hello wORLD it's 3rd", "中a 1b", "ǅungla"]
for w in words:
    print(w.title(), w.capitalize(), sep=" | ")
print("x²".isdigit(), "½".isdigit(), "½".isnumeric(), "一二".isnumeric(), "٣".isdecimal(), "²".isdecimal())
print("\x1c\x1f \t".isspace(), "\u200b".isspace())
