for ch in "Az0 é€":
    print(repr(ch), ord(ch))
print(chr(65), chr(97), chr(8364), chr(0x1F40D))
print(len("héllo"), len("🐍🐍"), "é".upper(), "STRASSE".lower(), "ß".upper())
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) for c in "xyzabc")
print(caesar)
print(sorted("banana"), sorted("Hello", key=str.lower))
print("a" < "b", "Z" < "a", "apple" < "apricot", "10" < "9")
