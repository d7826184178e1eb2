//! The browser counts a textarea's selection in UTF-16 code units; Rust
//! strings are indexed by bytes. These convert, clamping to the text.

/// The byte offset of UTF-16 offset `units` in `text` (never inside a
/// character: an offset inside a surrogate pair moves past it).
pub fn utf16_to_byte(text: &str, units: usize) -> usize {
    let mut seen = 0;
    for (at, c) in text.char_indices() {
        if seen >= units {
            return at;
        }
        seen += c.len_utf16();
    }
    text.len()
}

/// The UTF-16 offset of byte offset `byte` in `text`.
pub fn byte_to_utf16(text: &str, byte: usize) -> usize {
    text[..floor_char_boundary(text, byte)]
        .chars()
        .map(char::len_utf16)
        .sum()
}

fn floor_char_boundary(text: &str, byte: usize) -> usize {
    let mut at = byte.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_wide_characters() {
        let text = "a\u{e9}\u{1f600}b";
        // a=1 unit/1 byte, é=1 unit/2 bytes, 😀=2 units/4 bytes.
        assert_eq!(utf16_to_byte(text, 0), 0);
        assert_eq!(utf16_to_byte(text, 2), 3);
        assert_eq!(utf16_to_byte(text, 4), 7);
        assert_eq!(utf16_to_byte(text, 99), text.len());
        for (byte, units) in [(0, 0), (1, 1), (3, 2), (7, 4), (8, 5)] {
            assert_eq!(byte_to_utf16(text, byte), units);
            assert_eq!(utf16_to_byte(text, units), byte);
        }
    }
}
