# Repeating a sequence by something that is not an int: the message names
# the other operand's type, whichever side the sequence is on.
for a, b in [("a", "b"), ([1], 2.0), (2.5, (1,)), ("a", None), ([1], [2])]:
    try:
        a * b
    except TypeError as e:
        print(e)
s = "ab"
s *= 1.5
