# glob.glob and iglob over folders the program makes: wildcards in the
# name and in a folder, character classes, hidden files, root_dir.
import glob
import os

os.makedirs("logs/2024", exist_ok=True)
os.makedirs("logs/2025", exist_ok=True)
for path in ["logs/2024/app.log", "logs/2024/db.log", "logs/2025/app.log",
             "logs/2025/notes.txt", "logs/.secret.log", "logs/top.log"]:
    with open(path, "w") as f:
        f.write(path.upper() + "\n")

print(sorted(glob.glob("logs/*.log")))
print(sorted(glob.glob("logs/*/*.log")))
print(sorted(glob.glob("logs/202?/app.log")), sorted(glob.glob("logs/2024/[ad]*.log")))
print(sorted(glob.glob(".secret*", root_dir="logs")), sorted(glob.glob("logs/.*")))
print(glob.glob("logs/top.log"), glob.glob("logs/missing.log"), glob.glob("logs/"))
print(sorted(glob.glob("*", root_dir="logs/2025")), glob.has_magic("a*"), glob.escape("x[1]*.py"))
total = 0
for path in sorted(glob.iglob("logs/**/*.log")):
    with open(path) as f:
        total += len(f.read())
    print(os.path.basename(path), end=" ")
print(total)
