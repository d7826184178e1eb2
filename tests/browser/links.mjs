// Links for the browser tests, written from docs/PERMALINKS.md rather than
// from the Rust codec, so the tests also check that the page follows the
// documented format. And the gallery, read from content/ as build.rs does.

import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { deflateSync, inflateSync } from "node:zlib";

/** Panel ids in bit order (docs/PERMALINKS.md). */
export const PANELS = ["editor", "output", "event-loop", "tasks", "futures", "timeline", "narration"];
export const GRANULARITIES = ["line", "callback", "iteration", "bytecode"];
export const THEMES = ["light", "dark", "auto"];

function varint(value) {
  const out = [];
  let v = BigInt(value);
  do {
    let byte = Number(v & 0x7fn);
    v >>= 7n;
    if (v > 0n) byte |= 0x80;
    out.push(byte);
  } while (v > 0n);
  return Buffer.from(out);
}

function text(s) {
  const bytes = Buffer.from(s, "utf8");
  return Buffer.concat([varint(bytes.length), bytes]);
}

/** The inflated payload layout for `state`. */
export function layout({ program, step = 0, granularity = "line", theme = "auto", panels = PANELS, scenario = null }) {
  const mask = panels.reduce((m, p) => m | (1 << PANELS.indexOf(p)), 0);
  return Buffer.concat([
    varint(step),
    Buffer.from([GRANULARITIES.indexOf(granularity), THEMES.indexOf(theme)]),
    varint(mask),
    scenario === null ? Buffer.from([0]) : Buffer.concat([Buffer.from([1]), text(scenario)]),
    text(program),
  ]);
}

/** `#p=v1.…` for a layout (or any bytes), deflated with zlib. */
export function fragmentOf(bytes) {
  return `#p=v1.${deflateSync(bytes, { level: 9 }).toString("base64url")}`;
}

/** `#p=v1.…` for `state` (see `layout`). */
export function permalink(state) {
  return fragmentOf(layout(state));
}

/** Reads a `…#p=v1.…` URL back into the state it carries. */
export function decodeLink(url) {
  const data = url.slice(url.indexOf("#p=v1.") + "#p=v1.".length);
  const bytes = inflateSync(Buffer.from(data, "base64url"));
  let pos = 0;
  const readVarint = () => {
    let value = 0n;
    let shift = 0n;
    for (;;) {
      const b = bytes[pos++];
      value |= BigInt(b & 0x7f) << shift;
      if (!(b & 0x80)) return Number(value);
      shift += 7n;
    }
  };
  const readText = () => {
    const len = readVarint();
    const s = bytes.subarray(pos, pos + len).toString("utf8");
    pos += len;
    return s;
  };
  const step = readVarint();
  const granularity = GRANULARITIES[bytes[pos++]];
  const theme = THEMES[bytes[pos++]];
  const mask = readVarint();
  const scenario = bytes[pos++] === 1 ? readText() : null;
  const program = readText();
  if (pos !== bytes.length) throw new Error(`${bytes.length - pos} bytes after the program`);
  const panels = PANELS.filter((_, i) => mask & (1 << i));
  return { step, granularity, theme, panels, scenario, program };
}

/**
 * Every gallery scenario, in gallery order, with its program and its
 * CPython recording: [{ name, title, chapter, granularity, source, out, err, code }].
 */
export function scenarios(root) {
  const content = join(root, "content");
  const list = [];
  for (const dir of readdirSync(content).filter((d) => /^\d+-/.test(d)).sort()) {
    const manifest = readFileSync(join(content, dir, "chapter.txt"), "utf8");
    let chapter = "";
    let current = null;
    for (const line of manifest.split("\n")) {
      if (line.startsWith("#") || !line.trim()) continue;
      const field = (key) => (line.startsWith(`${key}: `) ? line.slice(key.length + 2).trim() : null);
      if (field("chapter") !== null && current === null) chapter = field("chapter");
      else if (field("scenario") !== null) {
        current = { name: field("scenario"), chapter, dir };
        list.push(current);
      } else if (current && field("title") !== null && !current.explanation) current.title = field("title");
      else if (current && field("granularity") !== null && !current.explanation) current.granularity = field("granularity");
      else if (current) current.explanation = `${current.explanation ?? ""} ${line.trim()}`.trim();
    }
  }
  for (const s of list) {
    const file = (ext) => readFileSync(join(content, s.dir, `${s.name}.${ext}`), "utf8");
    Object.assign(s, { source: file("py"), out: file("out"), err: file("err"), code: Number(file("code").trim()) });
  }
  return list;
}

/** The default program the page opens with. */
export function defaultProgram(root) {
  return readFileSync(join(root, "content", "default.py"), "utf8");
}
