import timeit, time
print(timeit.timeit("sum(range(100))", number=1000))
print(timeit.timeit(lambda: time.sleep(0.01), number=3))
print(timeit.repeat("x = 1", repeat=2, number=5))
t = timeit.Timer("y = 2 * 3")
print(t.timeit(10))
