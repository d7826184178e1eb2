import json

raw = """[
  {"type": "click", "pos": {"x": 10, "y": 20}, "button": "left"},
  {"type": "key", "key": "q", "mods": ["ctrl"]},
  {"type": "key", "key": 13},
  {"type": "scroll", "delta": -3, "source": "wheel", "ts": 99},
  {"type": "resize", "size": [800, 600]},
  {"kind": "unknown"}
]"""

for event in json.loads(raw):
    match event:
        case {"type": "click", "pos": {"x": x, "y": y}}:
            print(f"click at ({x}, {y})")
        case {"type": "key", "key": str(key), "mods": [*mods]}:
            print(f"key {'+'.join(mods + [key])}")
        case {"type": "key", "key": code}:
            print(f"key code {code}")
        case {"type": "scroll", "delta": int(delta), **extra}:
            print(f"scroll {delta:+d}, extra fields {sorted(extra)}")
        case {"type": "resize", "size": [width, height]}:
            print(f"resize to {width}x{height}")
        case other:
            print(f"ignored {other}")
