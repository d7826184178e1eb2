from pathlib import Path
import os

p = Path("people.csv")
print(p, repr(p), p.exists(), p.read_text().splitlines()[0], p.suffix, p.stem, p.name, p.parent)
q = Path("a/b") / "c.tar.gz"
print(q, q.parts, q.suffixes, q.suffix, q.stem, q.parent, list(q.parents), q.with_suffix(".zip"), q.with_name("x.py"))
print(Path("/usr/lib/x").parts, Path("/usr") / "/etc", Path("a//b/./c"), Path(), Path("a") == Path("a/"), q.is_absolute())
out = Path("out_tmp.txt")
print(out.write_text("line1\nline2\n"), out.read_text().splitlines(), out.exists())
with out.open() as f:
    print(f.readline().strip())
with open(out) as f:
    print(len(f.read()))
out.unlink()
print(out.exists(), os.path.exists(out), Path("x/y.txt").relative_to("x"), sorted([Path("b"), Path("a")]))
out.unlink(missing_ok=True)
Path("missing.txt").read_text()
