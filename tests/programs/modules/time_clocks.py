import time
a = time.perf_counter()
b = time.perf_counter()
print(b >= a, type(a).__name__, type(time.perf_counter_ns()).__name__)
print(time.monotonic() <= time.monotonic(), time.time() > 1.7e9, time.time_ns() > 1.7e18)
t0 = time.perf_counter()
time.sleep(0.01)
print(time.perf_counter() - t0 >= 0.009, time.process_time() >= 0)
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
