//! Snapshots as JSON, written by hand: the trace needs no serialisation
//! crate (and the page's wasm stays small).

use crate::engine::numeric::float_repr::float_repr;

use super::snapshot::{FrameSnap, HandleSnap, Snapshot};

/// A JSON string literal.
fn string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

fn number(out: &mut String, x: f64) {
    if x.is_finite() {
        out.push_str(&float_repr(x));
    } else {
        out.push_str("null");
    }
}

fn opt_string(out: &mut String, s: Option<&str>) {
    match s {
        Some(s) => string(out, s),
        None => out.push_str("null"),
    }
}

fn list<T>(out: &mut String, items: &[T], mut each: impl FnMut(&mut String, &T)) {
    out.push('[');
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        each(out, it);
    }
    out.push(']');
}

fn frame(out: &mut String, f: &FrameSnap) {
    out.push_str("{\"function\":");
    string(out, &f.function);
    out.push_str(",\"file\":");
    string(out, &f.file);
    out.push_str(&format!(",\"line\":{},\"locals\":", f.line));
    out.push('{');
    for (i, (k, v)) in f.locals.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        string(out, k);
        out.push(':');
        string(out, v);
    }
    out.push_str("}}");
}

fn handle(out: &mut String, h: &HandleSnap) {
    out.push_str("{\"label\":");
    string(out, &h.label);
    out.push_str(",\"when\":");
    match h.when {
        Some(w) => number(out, w),
        None => out.push_str("null"),
    }
    out.push_str(&format!(",\"cancelled\":{}}}", h.cancelled));
}

/// One snapshot as a JSON object.
pub fn snapshot_json(s: &Snapshot) -> String {
    let mut o = String::new();
    o.push_str(&format!("{{\"step\":{},\"clock\":", s.step));
    number(&mut o, s.clock);
    o.push_str(&format!(",\"iteration\":{},\"running\":", s.iteration));
    opt_string(&mut o, s.running.as_deref());
    o.push_str(",\"narration\":");
    string(&mut o, &s.narration);
    o.push_str(",\"stack\":");
    list(&mut o, &s.stack, frame);
    o.push_str(",\"tasks\":");
    list(&mut o, &s.tasks, |o, t| {
        o.push_str("{\"name\":");
        string(o, &t.name);
        o.push_str(",\"state\":");
        string(o, t.state);
        o.push_str(",\"awaits\":");
        opt_string(o, t.awaits.as_deref());
        o.push_str(",\"line\":");
        match t.line {
            Some(l) => o.push_str(&l.to_string()),
            None => o.push_str("null"),
        }
        o.push_str(",\"result\":");
        opt_string(o, t.result.as_deref());
        o.push_str(",\"callbacks\":");
        list(o, &t.callbacks, |o, c| string(o, c));
        o.push_str(",\"frames\":");
        list(o, &t.frames, frame);
        o.push('}');
    });
    o.push_str(",\"generators\":");
    list(&mut o, &s.generators, |o, g| {
        o.push_str("{\"kind\":");
        string(o, g.kind);
        o.push_str(",\"name\":");
        string(o, &g.name);
        o.push_str(",\"state\":");
        string(o, g.state);
        o.push_str(",\"awaits\":");
        opt_string(o, g.awaits.as_deref());
        o.push_str(",\"frame\":");
        match &g.frame {
            Some(f) => frame(o, f),
            None => o.push_str("null"),
        }
        o.push('}');
    });
    o.push_str(",\"ready\":");
    list(&mut o, &s.ready, handle);
    o.push_str(",\"timers\":");
    list(&mut o, &s.timers, handle);
    o.push_str(",\"futures\":");
    list(&mut o, &s.futures, |o, f| {
        o.push_str("{\"label\":");
        string(o, &f.label);
        o.push_str(",\"state\":");
        string(o, f.state);
        o.push_str(",\"result\":");
        opt_string(o, f.result.as_deref());
        o.push_str(",\"callbacks\":");
        list(o, &f.callbacks, |o, c| string(o, c));
        o.push_str(",\"awaits\":");
        list(o, &f.awaits, |o, c| string(o, c));
        o.push('}');
    });
    o.push_str(",\"stdout\":");
    string(&mut o, &s.stdout);
    o.push_str(",\"stderr\":");
    string(&mut o, &s.stderr);
    o.push_str(",\"diagnostics\":");
    list(&mut o, &s.diagnostics, |o, d| string(o, d));
    o.push_str(",\"exit_code\":");
    match s.exit_code {
        Some(c) => o.push_str(&c.to_string()),
        None => o.push_str("null"),
    }
    o.push('}');
    o
}
