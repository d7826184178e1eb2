async def save():
    print("saved")


print("before")
save()
print("after")
c = save()
print("holding a reference")
del c
print("end")
