import queue
import time

q = queue.Queue(maxsize=2)
print(q.maxsize, q.qsize(), q.empty(), q.full())
q.put('a')
q.put_nowait('b')
print(q.qsize(), q.full())
try:
    q.put_nowait('c')
except queue.Full:
    print('full')
start = time.monotonic()
try:
    q.put('c', timeout=0.5)
except queue.Full as e:
    print('still full after', time.monotonic() - start, repr(e))
print(q.get(), q.get_nowait())
for _ in range(2):
    q.task_done()
q.join()
try:
    q.task_done()
except ValueError as e:
    print(e)
try:
    q.get(block=False)
except queue.Empty:
    print('empty', queue.Empty.__module__, queue.Empty.__name__)

pq = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b')]:
    pq.put(item)
print([pq.get() for _ in range(3)])
lq = queue.LifoQueue()
for i in range(3):
    lq.put(i)
print([lq.get() for _ in range(3)], lq.empty())
sq = queue.SimpleQueue()
sq.put(1)
print(sq.qsize(), sq.get(), sq.empty())
