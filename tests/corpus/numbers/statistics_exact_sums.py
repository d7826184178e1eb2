# statistics sums the data exactly and rounds once: mean, variance and
# stdev of floats print the last digit CPython prints; NormalDist too.
import math, random, statistics as st
r = random.Random(3); print(r.gauss(0, 1))
data = [3.14159, 2.71828, 1.41421, 1234567.891, -0.000123]
print(st.mean(data), st.mean([1, 2, 4]), st.mean([1, 3]), st.mean([0.1, 0.2, 0.4]), st.mean([True, 2]))
print(st.variance([1, 2, 3, 4]), st.pvariance([1, 3]), st.pvariance([1.5, 2.5]), st.stdev(data), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75], 2.875))
print(st.mean(x/7 for x in range(100)), st.stdev(x/7 for x in range(100)), st.median([5, 1, 3, 2]))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]), st.geometric_mean([54, 24, 36]))
print(st.mode("aabbbc"), st.multimode("aabbcc"), st.quantiles(range(1, 11), n=4), st.quantiles([1.5, 2, 9, 4], method='inclusive'))
print(st.median_grouped([52, 52, 53, 54]), st.fmean([3.5, 4.0, 5.25]), st.fmean(iter([1, 2])))
print(st.covariance([1, 2, 3, 4], [1, 3, 2, 5]), st.correlation([1, 2, 3, 4], [1, 3, 2, 5]), st.linear_regression([1, 2, 3], [2, 4, 7]))
nd = st.NormalDist(100, 15)
print(nd, nd.pdf(100), nd.inv_cdf(0.975), nd.quantiles(), nd.zscore(85), nd + 5, nd * 2)
print(st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), nd.samples(3, seed=1))
print(st.mean([1, float('inf')]), st.mean([float('nan'), 1.0]))
for bad in ([], ):
    try: st.mean(bad)
    except st.StatisticsError as e: print(e)
try: st.stdev([1])
except st.StatisticsError as e: print(e)
try: st.mean(["a"])
except TypeError as e: print(e)
print(st.mean([1, 2.5]), type(st.mean([2, 4])), st.variance([2, 4]), type(st.pvariance([1, 3])))
