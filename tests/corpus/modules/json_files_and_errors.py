# json as scripts use it: dump to a file and load it back, ensure_ascii,
# control characters, and where a decode error is (line and column).
import io
import json
import os

data = {"name": "Zoë", "tags": ["a\tb", "\x08\x0c", "☃"], "n": [1, 2.5, None, True]}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
with open("json_out.tmp", "w") as f:
    json.dump(data, f, indent=2)
with open("json_out.tmp") as f:
    back = json.load(f)
print(back == data, back["name"])
os.remove("json_out.tmp")
print(os.path.exists("json_out.tmp"))
buf = io.StringIO()
json.dump([1, {"k": "v"}], buf, separators=(",", ":"))
print(buf.getvalue(), json.load(io.StringIO(buf.getvalue())))
for bad in ['{"a": 1,\n  "b": }', '[1, 2', '{"a" 1}', '', '[1] x']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(e.msg), e.lineno, e.colno, e.pos, "|", e)
json.loads('{\n\n  "oops": tru}')
