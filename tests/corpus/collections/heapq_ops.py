import heapq

h = []
for value in [5, 1, 8, 3, 2, 9]:
    heapq.heappush(h, value)
print(h)
print([heapq.heappop(h) for _ in range(3)], h)
data = [7, 2, 9, 4, 1]
heapq.heapify(data)
print(data, data[0])
print(heapq.nsmallest(2, [5, 1, 8, 3]), heapq.nlargest(2, [5, 1, 8, 3]))
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "plan"))
heapq.heappush(tasks, (3, "ship"))
heapq.heappush(tasks, (1, "coffee"))
while tasks:
    priority, name = heapq.heappop(tasks)
    print(priority, name)
print(heapq.heappushpop([1, 5], 3), heapq.heapreplace([1, 5], 3))
