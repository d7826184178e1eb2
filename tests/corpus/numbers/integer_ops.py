n = 1_000_000
print(n, 0x1F, 0o17, 0b1010, 1_0.5)
print(7 & 3, 7 | 8, 7 ^ 2, ~7, 1 << 10, 1024 >> 3, -16 >> 2)
print((255).bit_length(), (1024).bit_length(), (-1).bit_length())
print(divmod(100, 7), 100 // 7 * 7 + 100 % 7)
total = 0
for i in range(1, 101):
    total += i * i
print(total, sum(range(101)), max(range(10), key=lambda v: (v % 4, v)))
print(2 ** 31, 2 ** 32 - 1, 10 ** 18, 9 * 10 ** 18)
