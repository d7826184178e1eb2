use super::*;
use crate::share::view::Panel;

fn payload(program: &str) -> Payload {
    Payload {
        program: program.to_owned(),
        step: 42,
        granularity: Granularity::Callback,
        panels: [Panel::Editor, Panel::Tasks, Panel::Timeline]
            .into_iter()
            .collect(),
        theme: Theme::Dark,
        scenario: None,
    }
}

/// A `v1.` link around arbitrary layout bytes, as a buggy or hostile
/// encoder could make it.
fn link_around(bytes: &[u8]) -> String {
    let compressed = miniz_oxide::deflate::compress_to_vec_zlib(bytes, 6);
    format!("{VERSION}.{}", BASE64.encode(compressed))
}

fn round_trip(p: &Payload) {
    let encoded = encode(p).expect("encodes");
    assert!(encoded.starts_with("v1."), "{encoded}");
    assert!(
        encoded[3..]
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'),
        "only base64url characters: {encoded}"
    );
    assert_eq!(decode(&encoded).as_ref(), Ok(p));
    let fragment = fragment(p).expect("encodes");
    assert_eq!(fragment, format!("#p={encoded}"));
    assert_eq!(parse_fragment(&fragment), Ok(Link::Permalink(p.clone())));
    assert_eq!(
        parse_fragment(&fragment[1..]),
        Ok(Link::Permalink(p.clone()))
    );
}

#[test]
fn round_trips_every_field() {
    round_trip(&payload("print('hi')\n"));
    round_trip(&payload(""));
    for granularity in Granularity::ALL {
        for theme in Theme::ALL {
            let mut p = payload("import asyncio\n");
            p.granularity = granularity;
            p.theme = theme;
            round_trip(&p);
        }
    }
    for step in [
        0,
        1,
        127,
        128,
        300,
        u64::from(u32::MAX),
        u64::MAX - 1,
        u64::MAX,
    ] {
        let mut p = payload("x = 1\n");
        p.step = step;
        round_trip(&p);
    }
    for panels in [Panels::NONE, Panels::all()] {
        let mut p = payload("x = 1\n");
        p.panels = panels;
        round_trip(&p);
    }
    let mut p = payload("x = 1\n");
    p.scenario = Some("gather".into());
    round_trip(&p);
    p.scenario = Some(String::new());
    round_trip(&p);
}

#[test]
fn round_trips_any_text() {
    round_trip(&payload(
        "# héllo, wörld — 你好 🐍\nprint('naïve café', \"\\u00e9\")\n\ttabs\r\nand CRLF\0nul\n",
    ));
    // Program text is data: markup inside it comes back byte for byte.
    round_trip(&payload(
        "s = '</textarea><script>alert(1)</script>'\nprint(s)\n",
    ));
    round_trip(&payload(
        "t = \"\\\"><img src=x onerror=alert(document.cookie)>\"\nprint(t)\n",
    ));
    let mut p = payload("print(1)\n");
    p.scenario = Some("ünïcode-名前".into());
    round_trip(&p);
}

#[test]
fn a_typical_link_is_short() {
    let program = include_str!("../../../content/default.py");
    let fragment = fragment(&payload(program)).unwrap();
    // Deflate pays off: the link is shorter than the program it carries.
    assert!(
        fragment.len() < program.len(),
        "{} chars for a {}-byte program",
        fragment.len(),
        program.len()
    );
}

#[test]
fn scenario_fragments() {
    let gather = scenarios::find("gather").expect("the gather scenario");
    assert_eq!(scenario_fragment(gather), "#ex=gather");
    assert_eq!(parse_fragment("#ex=gather"), Ok(Link::Scenario(gather)));
    assert_eq!(parse_fragment("ex=gather"), Ok(Link::Scenario(gather)));
    assert_eq!(
        parse_fragment("#ex=no_such_thing"),
        Err(LinkError::UnknownScenario("no_such_thing".into()))
    );
    assert_eq!(
        parse_fragment("#ex="),
        Err(LinkError::UnknownScenario(String::new()))
    );
    let long = "x".repeat(10_000);
    match parse_fragment(&format!("#ex={long}")) {
        Err(LinkError::UnknownScenario(name)) => assert_eq!(name.len(), 40),
        other => panic!("{other:?}"),
    }
}

#[test]
fn other_fragments() {
    assert_eq!(parse_fragment(""), Ok(Link::Default));
    assert_eq!(parse_fragment("#"), Ok(Link::Default));
    assert_eq!(
        parse_fragment("#section-2"),
        Err(LinkError::UnknownFragment)
    );
    assert_eq!(parse_fragment("#P=v1.abc"), Err(LinkError::UnknownFragment));
}

#[test]
fn wrapped_links_still_open() {
    let p = payload("print('a line long enough to be wrapped by a mail client')\n");
    let encoded = encode(&p).unwrap();
    let (a, b) = encoded.split_at(encoded.len() / 2);
    assert_eq!(decode(&format!("{a}\n  {b} ")), Ok(p));
}

#[test]
fn every_truncation_is_reported_as_truncated() {
    let mut p = payload(include_str!(
        "../../../content/5-tasks-and-futures/crawler.py"
    ));
    p.scenario = Some("crawler".into());
    let encoded = encode(&p).unwrap();
    for cut in 0..encoded.len() {
        let result = decode(&encoded[..cut]);
        assert_eq!(
            result,
            Err(LinkError::Truncated),
            "cut at {cut} of {}",
            encoded.len()
        );
    }
    assert_eq!(parse_fragment("#p="), Err(LinkError::Truncated));
}

#[test]
fn damaged_links_are_refused() {
    let encoded = encode(&payload("print('hello')\n")).unwrap();
    let data_start = VERSION.len() + 1;
    // Characters outside base64url (`+` and `/` are plain base64's).
    for bad in ['+', '/', '*', '%', 'é'] {
        let mut s = encoded.clone();
        s.insert(data_start + 3, bad);
        assert_eq!(
            decode(&s),
            Err(LinkError::Corrupted(Corruption::Base64)),
            "{bad}"
        );
    }
    // A changed character is caught by the deflate decoder or the checksum.
    // The only exception is a change confined to the padding bits after the
    // last deflate block, which carry nothing: it still decodes to the same
    // payload, never to a different one.
    let original = decode(&encoded).unwrap();
    let mut caught = 0;
    for i in data_start..encoded.len() {
        let mut bytes = encoded.clone().into_bytes();
        bytes[i] = if bytes[i] == b'A' { b'B' } else { b'A' };
        let s = String::from_utf8(bytes).unwrap();
        match decode(&s) {
            Ok(p) => assert_eq!(p, original, "changed at {i}: {s}"),
            Err(_) => caught += 1,
        }
    }
    assert!(caught + 2 >= encoded.len() - data_start, "{caught} caught");
    // Not deflate at all.
    assert_eq!(
        decode(&format!("v1.{}", BASE64.encode(b"definitely not zlib"))),
        Err(LinkError::Corrupted(Corruption::Deflate))
    );
}

#[test]
fn bad_layouts_are_refused() {
    let good = layout(&payload("print(1)\n"));
    assert!(decode(&link_around(&good)).is_ok());
    let layout_error = Err(LinkError::Corrupted(Corruption::Layout));

    let mut trailing = good.clone();
    trailing.push(0);
    assert_eq!(decode(&link_around(&trailing)), layout_error);
    assert_eq!(decode(&link_around(&good[..good.len() - 1])), layout_error);
    assert_eq!(decode(&link_around(&[])), layout_error);
    // step 42, then granularity 9 (none).
    assert_eq!(decode(&link_around(&[42, 9, 0, 0, 0, 0])), layout_error);
    // theme 7 (none).
    assert_eq!(decode(&link_around(&[42, 0, 7, 0, 0, 0])), layout_error);
    // flags 2 (unknown).
    assert_eq!(decode(&link_around(&[42, 0, 0, 0, 2, 0])), layout_error);
    // panel mask wider than 16 bits.
    assert_eq!(
        decode(&link_around(&[42, 0, 0, 0x80, 0x80, 0x04, 0, 0])),
        layout_error
    );
    // A program length far past the end.
    assert_eq!(
        decode(&link_around(&[42, 0, 0, 0, 0, 0xff, 0xff, 0x03, b'x'])),
        layout_error
    );
    // A step that overflows u64 (eleven continuation bytes).
    let mut overflow = vec![0xff; 10];
    overflow.extend([0x01, 0, 0, 0, 0, 0]);
    assert_eq!(decode(&link_around(&overflow)), layout_error);
    // Invalid UTF-8 in the program and in the scenario name.
    assert_eq!(
        decode(&link_around(&[42, 0, 0, 0, 0, 2, 0xc3, 0x28])),
        Err(LinkError::Corrupted(Corruption::Utf8))
    );
    assert_eq!(
        decode(&link_around(&[42, 0, 0, 0, 1, 1, 0xff, 0])),
        Err(LinkError::Corrupted(Corruption::Utf8))
    );
    // Panel bits from a newer page are dropped, not refused.
    let newer = decode(&link_around(&[42, 0, 0, 0xff, 0xff, 0x03, 0, 0])).unwrap();
    assert_eq!(newer.panels, Panels::all());
}

#[test]
fn versions() {
    let encoded = encode(&payload("print(1)\n")).unwrap();
    let data = &encoded[3..];
    assert_eq!(
        decode(&format!("v2.{data}")),
        Err(LinkError::UnknownVersion("v2".into()))
    );
    assert_eq!(
        decode(&format!("v10.{data}")),
        Err(LinkError::UnknownVersion("v10".into()))
    );
    assert_eq!(decode("v1"), Err(LinkError::Truncated));
    assert_eq!(decode("v1."), Err(LinkError::Truncated));
    assert_eq!(decode(data), Err(LinkError::Corrupted(Corruption::Layout)));
    assert_eq!(decode("v"), Err(LinkError::Truncated));
    assert_eq!(decode("vx"), Err(LinkError::Corrupted(Corruption::Layout)));
    assert_eq!(
        decode(&format!("x.{data}")),
        Err(LinkError::Corrupted(Corruption::Layout))
    );
}

#[test]
fn oversized_links_and_programs_are_refused() {
    // The encoded text itself is too long: refused before decoding.
    let long = format!("v1.{}", "A".repeat(MAX_ENCODED + 1));
    assert_eq!(decode(&long), Err(LinkError::Oversized));
    assert_eq!(
        parse_fragment(&format!("#p={long}")),
        Err(LinkError::Oversized)
    );
    let huge = format!("v1.{}", "A".repeat(10 * MAX_ENCODED));
    assert_eq!(decode(&huge), Err(LinkError::Oversized));
    // Whitespace does not count towards the cap.
    let p = payload("print(1)\n");
    let spaced = encode(&p)
        .unwrap()
        .replace("v1.", &format!("v1.{}", " ".repeat(MAX_ENCODED)));
    assert_eq!(decode(&spaced), Ok(p));

    // A program that inflates past the cap.
    let big = vec![b'#'; MAX_DECODED + 1];
    assert_eq!(decode(&link_around(&big)), Err(LinkError::Oversized));

    // encode() makes no link that decode() would refuse: a compressible
    // program over the cap, and an incompressible one under it whose link
    // is still too long.
    let compressible = "print('x')\n".repeat(MAX_DECODED / 11 + 1);
    assert_eq!(encode(&payload(&compressible)), Err(LinkError::Oversized));
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let noise: String = (0..MAX_DECODED - 100)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            char::from(b' ' + (state % 95) as u8)
        })
        .collect();
    assert_eq!(encode(&payload(&noise)), Err(LinkError::Oversized));
}

#[test]
fn the_largest_accepted_payload_round_trips() {
    let overhead = layout(&payload("")).len() + 2; // the length grows to 3 bytes
    let p = payload(&"a".repeat(MAX_DECODED - overhead));
    assert_eq!(layout(&p).len(), MAX_DECODED);
    round_trip(&p);
}

#[test]
fn a_decompression_bomb_is_refused() {
    // 10 MB of zeros deflate to about 10 KB: a short link that would
    // inflate to 10 MB. The inflater stops at the cap.
    let bomb = vec![0u8; 10 * 1024 * 1024];
    let link = link_around(&bomb);
    assert!(link.len() < MAX_ENCODED, "the bomb fits in a link");
    assert_eq!(decode(&link), Err(LinkError::Oversized));
    assert_eq!(
        parse_fragment(&format!("#p={link}")),
        Err(LinkError::Oversized)
    );
}

#[test]
fn never_panics_on_noise() {
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=#";
    let mut state = 0x9e37_79b9_7f4a_7c15_u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..2000 {
        let len = (next() % 200) as usize;
        let s: String = (0..len)
            .map(|_| char::from(alphabet[(next() % alphabet.len() as u64) as usize]))
            .collect();
        let _ = parse_fragment(&format!("#p=v1.{s}"));
        let _ = parse_fragment(&s);
        // Random bytes that are valid deflate: exercises the layout reader.
        let bytes: Vec<u8> = (0..len).map(|_| next() as u8).collect();
        let _ = decode(&link_around(&bytes));
    }
}

#[test]
fn every_error_has_a_sentence_for_the_reader() {
    let errors = [
        LinkError::Truncated,
        LinkError::Corrupted(Corruption::Base64),
        LinkError::Corrupted(Corruption::Deflate),
        LinkError::Corrupted(Corruption::Layout),
        LinkError::Corrupted(Corruption::Utf8),
        LinkError::UnknownVersion("v9".into()),
        LinkError::Oversized,
        LinkError::UnknownScenario("nope".into()),
        LinkError::UnknownFragment,
    ];
    let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
    for m in &messages {
        assert!(m.starts_with(char::is_uppercase) && m.ends_with('.'), "{m}");
    }
    let mut unique = messages.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(
        unique.len(),
        messages.len(),
        "each error says something different"
    );
    assert!(messages[5].contains("v9") && messages[7].contains("nope"));
    assert!(messages[6].contains("64 KB"));
}
