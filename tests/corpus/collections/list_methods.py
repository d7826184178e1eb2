nums = [3, 1, 4, 1, 5]
nums.append(9)
nums.extend([2, 6])
nums.insert(0, 8)
print(nums, len(nums))
print(nums.pop(), nums.pop(0), nums)
nums.remove(1)
print(nums, nums.index(5), nums.count(1))
nums.sort()
print(nums)
nums.reverse()
print(nums)
nums.sort(key=lambda x: -x, reverse=True)
print(nums, nums.copy() == nums, nums.copy() is nums)
nums.clear()
print(nums)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].remove(2)
except ValueError as e:
    print("ValueError:", e)
