//! `repr()` of a Python str, as CPython's `unicode_repr`.
//!
//! Numeric error messages quote the offending string with its repr
//! (`invalid literal for int() with base 10: 'abc'`); the VM can reuse this
//! for `repr(str)` itself.

use super::unicode::is_printable;

/// `repr(s)`: single quotes unless `s` contains `'` and no `"`; backslash,
/// the chosen quote, `\t`, `\n`, `\r` escaped; other non-printable
/// characters as `\xhh`, `\uhhhh` or `\Uhhhhhhhh`.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            _ if c == quote || c == '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if (c as u32) < 0x20 || c == '\x7f' => push_hex(&mut out, 'x', c as u32, 2),
            _ if c.is_ascii() || is_printable(c) => out.push(c),
            _ if (c as u32) <= 0xff => push_hex(&mut out, 'x', c as u32, 2),
            _ if (c as u32) <= 0xffff => push_hex(&mut out, 'u', c as u32, 4),
            _ => push_hex(&mut out, 'U', c as u32, 8),
        }
    }
    out.push(quote);
    out
}

/// Appends `\<tag>` and `v` as `width` lower-case hex digits.
fn push_hex(out: &mut String, tag: char, v: u32, width: usize) {
    out.push('\\');
    out.push(tag);
    out.push_str(&format!("{v:0width$x}"));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_cpython() {
        // Expected strings produced by CPython 3.11.7's repr().
        let cases: &[(&str, &str)] = &[
            ("abc", "'abc'"),
            ("", "''"),
            ("it's", "\"it's\""),
            ("say \"hi\"", "'say \"hi\"'"),
            ("both ' and \"", "'both \\' and \"'"),
            ("back\\slash", "'back\\\\slash'"),
            ("tab\tnl\ncr\r", "'tab\\tnl\\ncr\\r'"),
            ("\x00\x1b\x7f", "'\\x00\\x1b\\x7f'"),
            ("caf\u{e9}", "'caf\u{e9}'"),
            ("\u{a0}\u{ad}", "'\\xa0\\xad'"),
            ("\u{200b}\u{2028}", "'\\u200b\\u2028'"),
            ("\u{e000}", "'\\ue000'"),
            ("\u{10ffff}", "'\\U0010ffff'"),
            ("\u{1F600}", "'\u{1F600}'"),
            ("\u{4e2d}\u{6587}", "'\u{4e2d}\u{6587}'"),
        ];
        for &(s, want) in cases {
            assert_eq!(str_repr(s), want, "{s:?}");
        }
    }
}
