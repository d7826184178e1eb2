import threading, asyncio, keyword
print(threading.current_thread().name, threading.main_thread() is threading.current_thread(), threading.active_count())
lock = threading.Lock()
with lock:
    print("locked", lock.locked(), lock.acquire(blocking=False))
print(lock.locked())
ev = threading.Event(); ev.set(); print(ev.wait(), ev.is_set())
data = threading.local(); data.x = 5; print(data.x)
t = threading.Thread(target=print, args=("hi",), name="worker")
print(t.name, t.is_alive(), t.daemon, threading.Thread(target=print).name)
async def main():
    print("loop thread:", threading.current_thread().name)
    await asyncio.sleep(0.1)
asyncio.run(main())
print(keyword.iskeyword("async"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist))
