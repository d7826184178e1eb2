x = 10
x += 5
x -= 3
x *= 2
x //= 5
x **= 3
x %= 7
print(x)

s = "ab"
s += "cd"
s *= 2
print(s)

nums = [1, 2]
alias = nums
nums += [3]
print(nums, alias, nums is alias)

t = (1, 2)
t2 = t
t += (3,)
print(t, t2, t is t2)

counts = {"a": 0}
counts["a"] += 1
counts["a"] += 1
print(counts)
