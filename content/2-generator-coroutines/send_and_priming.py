def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average  # hands out the average, waits for a value
        total += value
        count += 1
        average = total / count


avg = averager()
try:
    avg.send(10)
except TypeError as err:
    print("sending before priming:", err)

print("priming with next() runs to the first yield:", next(avg))
print("send(10) ->", avg.send(10))
print("send(30) ->", avg.send(30))
print("send(5)  ->", avg.send(5))
