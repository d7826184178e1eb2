import sys

frames = "|/-\\"
for i in range(8):
    print(f"\r{frames[i % 4]} working {i}", end="", flush=True)
print("\rdone!          ")
sys.stdout.write("tab\tseparated\n")
print("trailing spaces   ")
