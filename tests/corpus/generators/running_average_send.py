def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


avg = averager()
print(next(avg))
print(avg.send(10))
print(avg.send(30))
print(avg.send(5))
print(avg.send(0.5))
