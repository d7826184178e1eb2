import time

t0 = time.monotonic()
time.sleep(1.5)
t1 = time.monotonic()
print(f"slept {t1 - t0} s")
print(round(time.perf_counter() - t0, 6))
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
