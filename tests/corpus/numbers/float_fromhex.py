for s in ["0x1.8p1", "-0x1p-2", "0x.8", "0x1.fffffffffffffp1023", "0x1p-1074", "inf", "-nan", "0x10", "  0x1.0p0 ", "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.000000000000081p0"]:
    print(s, float.fromhex(s))
x = 3.14159
print(float.fromhex(x.hex()) == x, (0.1).hex(), float.fromhex((0.1).hex()))
float.fromhex("0xg")
