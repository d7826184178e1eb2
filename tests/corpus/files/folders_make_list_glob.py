import os
from pathlib import Path
os.makedirs("out/reports/2024", exist_ok=True)
os.makedirs("out/reports/2024", exist_ok=True)
for m in ["jan", "feb", "mar"]:
    with open(os.path.join("out", "reports", "2024", f"{m}.txt"), "w") as f:
        f.write(f"report for {m}\n")
print(sorted(os.listdir("out/reports/2024")), os.listdir("out"), os.path.isdir("out/reports"))
root = Path("out")
print(sorted(p.name for p in (root / "reports" / "2024").iterdir()))
print(sorted(str(p) for p in root.glob("reports/*/*.txt")))
print(sorted(str(p) for p in root.glob("*/2024")), list(root.glob("nothing*")))
print([p.is_dir() for p in sorted(Path("out/reports").glob("*"))], Path("out/reports/2024/jan.txt").is_file())
print(sorted(p.stem for p in Path("out/reports/2024").glob("?a?.txt")), sorted(x.name for x in Path("out/reports/2024").glob("[fm]*")))
Path("out/new/deep").mkdir(parents=True)
print(os.path.exists("out/new/deep"), Path("out/new").exists())
try:
    Path("out/new").mkdir()
except FileExistsError as e:
    print(e)
try:
    Path("x/y").mkdir()
except FileNotFoundError as e:
    print(e)
try:
    os.rmdir("out/reports/2024")
except OSError as e:
    print(type(e).__name__, e)
try:
    os.makedirs("out/new")
except FileExistsError as e:
    print(e)
os.rmdir("out/new/deep")
print(os.listdir("out/new"))
for p in Path("out/reports/2024").iterdir():
    p.unlink()
Path("out/reports/2024").rmdir()
print(os.listdir("out/reports"), Path("out/reports/2024").exists())
os.rmdir("out/new")
os.rmdir("out/reports")
os.rmdir("out")
print(os.path.exists("out"))
os.rmdir("out")
