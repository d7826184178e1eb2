import time

start = time.time()
for i in range(3):
    time.sleep(0.5)
    print(f"step {i} at +{time.time() - start:.1f}s")
elapsed = time.monotonic() - start
print(f"total elapsed: {elapsed:.2f} seconds")
t0 = time.perf_counter()
time.sleep(0.25)
print(f"perf_counter delta: {time.perf_counter() - t0:.3f}")
