# int.to_bytes and int.from_bytes beyond 64 bits.
for n, l, o, sg in [(0, 0, 'big', False), (0, 1, 'big', True), (255, 1, 'big', False), (-1, 1, 'little', True), (128, 1, 'big', True), (-128, 1, 'big', True), (-129, 2, 'big', True), (2**63, 8, 'little', False), (2**64 - 1, 8, 'big', False), (-2**63, 8, 'big', True), (2**100, 13, 'little', False), (2**100, 20, 'big', True), (-2**100, 20, 'big', True), (1, 20, 'little', False), (-5, 20, 'little', True), (2**64, 8, 'big', False), (-1, 0, 'big', True), (256, 1, 'big', False), (-1, 2, 'big', False)]:
    try:
        b = n.to_bytes(l, o, signed=sg)
        print(n, b, int.from_bytes(b, o, signed=sg) == n)
    except OverflowError as e:
        print(n, l, e)
print((1024).to_bytes(2), int.from_bytes(b'\xff' * 20, 'big'), int.from_bytes(b'\xff' * 20, 'little', signed=True))
