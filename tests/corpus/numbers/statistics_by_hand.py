data = [2.5, 3.1, 4.7, 1.2, 9.8, 3.3, 5.0]
n = len(data)
mean = sum(data) / n
ordered = sorted(data)
median = ordered[n // 2]
variance = sum((x - mean) ** 2 for x in data) / (n - 1)
stdev = variance ** 0.5
print(f"n={n} mean={mean} median={median}")
print(f"variance={variance} stdev={stdev}")
print(f"mean={mean:.3f} stdev={stdev:.3f} range={max(data) - min(data):.2f}")
print(round(mean, 2), round(stdev, 4))
