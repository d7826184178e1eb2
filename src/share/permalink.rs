//! Permalinks: a program and the position and view it is shown at, carried
//! in the URL fragment, so a link restores exactly what its author saw.
//!
//! ```text
//! #p=v1.<data>      a permalink (this module's [`Payload`])
//! #ex=<name>        a scenario from the gallery, by its stable name
//! ```
//!
//! `<data>` is base64url without padding of zlib-wrapped deflate of the
//! payload's binary layout (docs/PERMALINKS.md has the byte-level format).
//! zlib rather than raw deflate for its Adler-32 checksum: a link damaged in
//! transit is refused instead of opening a subtly different program.
//!
//! Links come from anywhere, so decoding never panics and never allocates
//! more than the caps below, however the input was made: the inflater stops
//! at [`MAX_DECODED`] bytes, so a decompression bomb costs at most that.

use std::fmt;

use base64::Engine as _;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use miniz_oxide::inflate::TINFLStatus;

use crate::share::scenarios::{self, Scenario};
use crate::share::view::{Granularity, Panels, Theme};

/// The longest `<data>` accepted, in characters.
pub const MAX_ENCODED: usize = 64 * 1024;
/// The largest payload accepted after inflation, in bytes; a program is a
/// little smaller than this (the layout adds a few bytes).
pub const MAX_DECODED: usize = 64 * 1024;
/// The version this build writes, and the only one it reads.
pub const VERSION: &str = "v1";

/// The fragment keys: `#p=` for a permalink, `#ex=` for a scenario.
const PERMALINK_KEY: &str = "p=";
const SCENARIO_KEY: &str = "ex=";
/// Flag bit: a scenario name follows the panel mask.
const HAS_SCENARIO: u8 = 1;
/// Highest deflate effort: links are made rarely and read often.
const LEVEL: u8 = 9;

/// base64url, no padding when writing. Reading accepts non-zero trailing
/// bits, so a link cut off mid-character is reported as truncated (by the
/// inflater) rather than as corrupted.
const BASE64: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::URL_SAFE,
    GeneralPurposeConfig::new()
        .with_encode_padding(false)
        .with_decode_allow_trailing_bits(true)
        .with_decode_padding_mode(base64::engine::DecodePaddingMode::RequireNone),
);

/// Everything a permalink restores.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Payload {
    /// The program, exactly as it was in the editor.
    pub program: String,
    /// The step the page was at: instructions executed (docs/TRACE.md),
    /// the same count whatever the granularity.
    pub step: u64,
    pub granularity: Granularity,
    pub panels: Panels,
    pub theme: Theme,
    /// The gallery scenario the program came from, if it is one (the page
    /// can show its title and explanation).
    pub scenario: Option<String>,
}

/// What a URL fragment asks the page to open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Link {
    /// No fragment (or an empty one): the default program.
    Default,
    /// `#ex=<name>`: a scenario from the gallery.
    Scenario(&'static Scenario),
    /// `#p=v1.<data>`: a permalink.
    Permalink(Payload),
}

/// Why a link could not be opened. Every variant has a message for the
/// reader (`Display`); the page shows it and opens the default program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// The data ends early: the link was cut off when it was copied.
    Truncated,
    /// The data is damaged; the field says how it was noticed.
    Corrupted(Corruption),
    /// The link was made by a version of the page this one cannot read.
    UnknownVersion(String),
    /// The encoded link or the program inside it is larger than the caps.
    Oversized,
    /// `#ex=` names no scenario in this gallery.
    UnknownScenario(String),
    /// The fragment is neither `#p=` nor `#ex=`.
    UnknownFragment,
}

/// How damage to a permalink was noticed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Corruption {
    /// A character outside base64url.
    Base64,
    /// Not a deflate stream, or its checksum does not match.
    Deflate,
    /// The inflated bytes do not follow the payload layout.
    Layout,
    /// The program or scenario name is not valid UTF-8.
    Utf8,
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::Truncated => {
                f.write_str("This link is incomplete: it was probably cut off when it was copied.")
            }
            LinkError::Corrupted(how) => {
                let detail = match how {
                    Corruption::Base64 => "it contains characters a coroscope link never has",
                    Corruption::Deflate => "its compressed data does not check out",
                    Corruption::Layout => "its contents are not laid out as a coroscope link",
                    Corruption::Utf8 => "the program inside it is not valid text",
                };
                write!(f, "This link is damaged: {detail}.")
            }
            LinkError::UnknownVersion(version) => write!(
                f,
                "This link was made by another version of coroscope (format {version:?}), \
                 which this page cannot read."
            ),
            LinkError::Oversized => write!(
                f,
                "This link holds more than coroscope accepts (at most {} KB).",
                MAX_DECODED / 1024
            ),
            LinkError::UnknownScenario(name) => {
                write!(f, "There is no example called {name:?}.")
            }
            LinkError::UnknownFragment => {
                f.write_str("This link's address does not end in a coroscope program or example.")
            }
        }
    }
}

impl std::error::Error for LinkError {}

// === encoding ===

/// `v1.<data>` for `payload`, or [`LinkError::Oversized`] when the payload
/// is too large to be read back (so no link is made that cannot be opened).
pub fn encode(payload: &Payload) -> Result<String, LinkError> {
    let bytes = layout(payload);
    if bytes.len() > MAX_DECODED {
        return Err(LinkError::Oversized);
    }
    let compressed = miniz_oxide::deflate::compress_to_vec_zlib(&bytes, LEVEL);
    let data = BASE64.encode(compressed);
    if data.len() > MAX_ENCODED {
        return Err(LinkError::Oversized);
    }
    Ok(format!("{VERSION}.{data}"))
}

/// The URL fragment for `payload`: `#p=v1.<data>`.
pub fn fragment(payload: &Payload) -> Result<String, LinkError> {
    Ok(format!("#{PERMALINK_KEY}{}", encode(payload)?))
}

/// The URL fragment that opens a gallery scenario: `#ex=<name>`.
pub fn scenario_fragment(scenario: &Scenario) -> String {
    format!("#{SCENARIO_KEY}{}", scenario.name)
}

/// The binary layout (docs/PERMALINKS.md):
/// step (LEB128) · granularity (u8) · theme (u8) · panels (LEB128) ·
/// flags (u8) · [scenario length (LEB128) · scenario UTF-8] ·
/// program length (LEB128) · program UTF-8.
fn layout(payload: &Payload) -> Vec<u8> {
    let mut out = Vec::with_capacity(payload.program.len() + 16);
    put_varint(&mut out, payload.step);
    out.push(payload.granularity.code());
    out.push(payload.theme.code());
    put_varint(&mut out, u64::from(payload.panels.bits()));
    match &payload.scenario {
        Some(name) => {
            out.push(HAS_SCENARIO);
            put_varint(&mut out, name.len() as u64);
            out.extend_from_slice(name.as_bytes());
        }
        None => out.push(0),
    }
    put_varint(&mut out, payload.program.len() as u64);
    out.extend_from_slice(payload.program.as_bytes());
    out
}

fn put_varint(out: &mut Vec<u8>, mut value: u64) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

// === decoding ===

/// Reads what a URL fragment asks for. Accepts it with or without the
/// leading `#`; never panics.
pub fn parse_fragment(fragment: &str) -> Result<Link, LinkError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if fragment.is_empty() {
        Ok(Link::Default)
    } else if let Some(encoded) = fragment.strip_prefix(PERMALINK_KEY) {
        decode(encoded).map(Link::Permalink)
    } else if let Some(name) = fragment.strip_prefix(SCENARIO_KEY) {
        scenarios::find(name)
            .map(Link::Scenario)
            .ok_or_else(|| LinkError::UnknownScenario(shorten(name)))
    } else {
        Err(LinkError::UnknownFragment)
    }
}

/// Reads `v1.<data>` back into a payload.
pub fn decode(encoded: &str) -> Result<Payload, LinkError> {
    let limit = MAX_ENCODED + VERSION.len() + 1;
    // Checked before copying, so a huge fragment is not duplicated; the
    // slack is for the whitespace removed next.
    if encoded.len() > 2 * limit {
        return Err(LinkError::Oversized);
    }
    // Chat clients and mail wrap long links; the alphabet has no spaces.
    let encoded: String = encoded
        .chars()
        .filter(|c| !c.is_ascii_whitespace())
        .collect();
    if encoded.len() > limit {
        return Err(LinkError::Oversized);
    }
    let Some((version, data)) = encoded.split_once('.') else {
        // `#p=`, `#p=v`, `#p=v1`: a link cut off before its data.
        let cut_short = encoded.is_empty() || encoded == "v" || is_version(&encoded);
        return Err(if cut_short {
            LinkError::Truncated
        } else {
            LinkError::Corrupted(Corruption::Layout)
        });
    };
    if version != VERSION {
        return Err(if is_version(version) {
            LinkError::UnknownVersion(version.to_owned())
        } else {
            LinkError::Corrupted(Corruption::Layout)
        });
    }
    if data.is_empty() {
        return Err(LinkError::Truncated);
    }
    let compressed = BASE64.decode(data).map_err(|e| match e {
        // One character past a whole group: the rest was cut off.
        base64::DecodeError::InvalidLength(_) => LinkError::Truncated,
        _ => LinkError::Corrupted(Corruption::Base64),
    })?;
    let bytes = miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(&compressed, MAX_DECODED)
        .map_err(|e| match e.status {
        TINFLStatus::HasMoreOutput => LinkError::Oversized,
        TINFLStatus::NeedsMoreInput | TINFLStatus::FailedCannotMakeProgress => LinkError::Truncated,
        _ => LinkError::Corrupted(Corruption::Deflate),
    })?;
    read_layout(&bytes)
}

/// `v` followed by digits: the shape of a version, known or not.
fn is_version(s: &str) -> bool {
    s.strip_prefix('v')
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// A name from a URL, cut to a length fit for a message.
fn shorten(name: &str) -> String {
    name.chars().take(40).collect()
}

/// Reads the layout that [`layout`] writes. The bytes passed the checksum,
/// so anything out of place here is a bad encoder, reported as corruption.
fn read_layout(bytes: &[u8]) -> Result<Payload, LinkError> {
    let bad = LinkError::Corrupted(Corruption::Layout);
    let mut r = Reader { bytes, pos: 0 };
    let step = r.varint().ok_or(bad.clone())?;
    let granularity = r
        .byte()
        .and_then(Granularity::from_code)
        .ok_or(bad.clone())?;
    let theme = r.byte().and_then(Theme::from_code).ok_or(bad.clone())?;
    let panels = r
        .varint()
        .and_then(|bits| u16::try_from(bits).ok())
        .map(Panels::from_bits)
        .ok_or(bad.clone())?;
    let scenario = match r.byte().ok_or(bad.clone())? {
        0 => None,
        HAS_SCENARIO => Some(r.text()?),
        _ => return Err(bad),
    };
    let program = r.text()?;
    if r.pos != bytes.len() {
        return Err(bad);
    }
    Ok(Payload {
        program,
        step,
        granularity,
        panels,
        theme,
        scenario,
    })
}

/// A cursor over the inflated bytes; every read checks the length.
struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Option<u8> {
        let b = *self.bytes.get(self.pos)?;
        self.pos += 1;
        Some(b)
    }

    /// LEB128; `None` past 10 bytes or on overflow of a u64.
    fn varint(&mut self) -> Option<u64> {
        let mut value: u64 = 0;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            let part = u64::from(b & 0x7f);
            if shift == 63 && part > 1 {
                return None;
            }
            value |= part << shift;
            if b & 0x80 == 0 {
                return Some(value);
            }
        }
        None
    }

    /// A length-prefixed UTF-8 string.
    fn text(&mut self) -> Result<String, LinkError> {
        let bad = LinkError::Corrupted(Corruption::Layout);
        let len = self.varint().ok_or(bad.clone())?;
        let len = usize::try_from(len).map_err(|_| bad.clone())?;
        let end = self.pos.checked_add(len).ok_or(bad.clone())?;
        let slice = self.bytes.get(self.pos..end).ok_or(bad)?;
        self.pos = end;
        String::from_utf8(slice.to_vec()).map_err(|_| LinkError::Corrupted(Corruption::Utf8))
    }
}

#[cfg(test)]
mod tests;
