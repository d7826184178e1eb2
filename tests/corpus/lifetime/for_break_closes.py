def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print("numbers: finally (generator closed)")


for n in numbers():
    print("got", n)
    if n == 2:
        break
print("after the loop")

gen = numbers()
for n in gen:
    if n == 1:
        break
print("loop broken, but gen is still referenced")
del gen
print("end")
