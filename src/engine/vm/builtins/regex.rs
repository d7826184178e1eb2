//! A backtracking regular-expression engine for the `re` module: the
//! syntax example programs use (classes, groups, alternation, greedy and
//! lazy quantifiers, anchors, `\d\w\s\b`, named groups, backreferences,
//! and 3.11's atomic groups, possessive quantifiers and scoped flags, which
//! `fnmatch.translate` writes) with Python's matching rules (leftmost,
//! first alternative that matches).

use std::cell::Cell;

/// Flags, as `re.I`, `re.M`, `re.S`.
pub const IGNORECASE: i64 = 2;
pub const MULTILINE: i64 = 8;
pub const DOTALL: i64 = 16;
pub const VERBOSE: i64 = 64;

#[derive(Clone, Debug)]
enum ClassItem {
    Char(char),
    Range(char, char),
    Digit(bool),
    Word(bool),
    Space(bool),
}

#[derive(Clone, Debug)]
enum Node {
    Char(char),
    Any,
    Class {
        items: Vec<ClassItem>,
        negated: bool,
    },
    Start,
    End,
    StartText,
    EndText,
    WordBoundary(bool),
    Group(Box<Node>, Option<usize>),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat {
        node: Box<Node>,
        min: usize,
        max: Option<usize>,
        greedy: bool,
    },
    Backref(usize),
    /// `(?=...)` / `(?!...)`
    Look(Box<Node>, bool),
    /// `(?<=...)` / `(?<!...)`, with the fixed width of what it matches.
    LookBehind(Box<Node>, bool, usize),
    /// `(?>...)`, and possessive quantifiers (`a*+`): the first way the
    /// inside matches is kept, never backtracked into.
    Atomic(Box<Node>),
    /// `(?s:...)`, `(?-i:...)`: flags turned on and off inside.
    Scoped(Box<Node>, i64, i64),
}

/// A compiled pattern.
#[derive(Clone, Debug)]
pub struct Regex {
    node: Node,
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    flags: i64,
}

/// The number of characters `node` always matches, when that is fixed
/// (what a look-behind may contain).
fn fixed_width(node: &Node) -> Option<usize> {
    match node {
        Node::Char(_) | Node::Any | Node::Class { .. } => Some(1),
        Node::Start
        | Node::End
        | Node::StartText
        | Node::EndText
        | Node::WordBoundary(_)
        | Node::Look(..)
        | Node::LookBehind(..) => Some(0),
        Node::Group(inner, _) | Node::Atomic(inner) | Node::Scoped(inner, ..) => fixed_width(inner),
        Node::Concat(items) => items.iter().map(fixed_width).sum(),
        Node::Alt(branches) => {
            let first = fixed_width(branches.first()?)?;
            branches
                .iter()
                .all(|b| fixed_width(b) == Some(first))
                .then_some(first)
        }
        Node::Repeat { node, min, max, .. } if Some(*min) == *max => Some(fixed_width(node)? * min),
        Node::Repeat { .. } | Node::Backref(_) => None,
    }
}

struct Parser {
    chars: Vec<char>,
    pos: usize,
    groups: usize,
    names: Vec<(String, usize)>,
    flags: i64,
}

impl Parser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    /// A group name, consuming the `terminator` after it.
    fn name_until(&mut self, terminator: char) -> String {
        let mut n = String::new();
        while let Some(c) = self.peek() {
            self.pos += 1;
            if c == terminator {
                break;
            }
            n.push(c);
        }
        n
    }

    fn err(&self, msg: &str) -> String {
        format!("{msg} at position {}", self.pos)
    }

    /// CPython reports the position where the faulty construct starts.
    fn err_at(&self, msg: &str, pos: usize) -> String {
        format!("{msg} at position {pos}")
    }

    fn alt(&mut self) -> Result<Node, String> {
        let mut branches = vec![self.concat()?];
        while self.peek() == Some('|') {
            self.pos += 1;
            branches.push(self.concat()?);
        }
        Ok(if branches.len() == 1 {
            branches.pop().unwrap_or(Node::Concat(vec![]))
        } else {
            Node::Alt(branches)
        })
    }

    fn concat(&mut self) -> Result<Node, String> {
        let mut items = Vec::new();
        while let Some(c) = self.peek() {
            if c == '|' || c == ')' {
                break;
            }
            if self.flags & VERBOSE != 0 {
                if c.is_whitespace() {
                    self.pos += 1;
                    continue;
                }
                if c == '#' {
                    while let Some(c) = self.peek() {
                        self.pos += 1;
                        if c == '\n' {
                            break;
                        }
                    }
                    continue;
                }
            }
            let atom = self.atom()?;
            let atom = self.quantifier(atom)?;
            items.push(atom);
        }
        Ok(Node::Concat(items))
    }

    fn quantifier(&mut self, atom: Node) -> Result<Node, String> {
        // A comment or global flags leave nothing to repeat.
        if matches!(&atom, Node::Concat(items) if items.is_empty())
            && matches!(self.peek(), Some('*' | '+' | '?'))
        {
            return Err(self.err("nothing to repeat"));
        }
        let (min, max) = match self.peek() {
            Some('*') => (0, None),
            Some('+') => (1, None),
            Some('?') => (0, Some(1)),
            Some('{') => {
                let save = self.pos;
                self.pos += 1;
                let mut a = String::new();
                while let Some(c) = self.peek().filter(|c| c.is_ascii_digit()) {
                    a.push(c);
                    self.pos += 1;
                }
                let (min, max) = if self.peek() == Some(',') {
                    self.pos += 1;
                    let mut b = String::new();
                    while let Some(c) = self.peek().filter(|c| c.is_ascii_digit()) {
                        b.push(c);
                        self.pos += 1;
                    }
                    (
                        a.parse().unwrap_or(0),
                        if b.is_empty() { None } else { b.parse().ok() },
                    )
                } else {
                    match a.parse() {
                        Ok(n) => (n, Some(n)),
                        Err(_) => {
                            self.pos = save;
                            return Ok(atom);
                        }
                    }
                };
                if self.peek() != Some('}') {
                    self.pos = save;
                    return Ok(atom);
                }
                self.pos += 1;
                return self.repeat_mode(atom, min, max);
            }
            _ => return Ok(atom),
        };
        self.pos += 1;
        self.repeat_mode(atom, min, max)
    }

    /// A quantifier's node, after its `?` (lazy) or `+` (possessive).
    fn repeat_mode(&mut self, atom: Node, min: usize, max: Option<usize>) -> Result<Node, String> {
        let (greedy, possessive) = match self.peek() {
            Some('?') => (false, false),
            Some('+') => (true, true),
            _ => (true, false),
        };
        if !greedy || possessive {
            self.pos += 1;
        }
        if matches!(self.peek(), Some('*' | '+' | '?')) {
            return Err(self.err("multiple repeat"));
        }
        let node = Node::Repeat {
            node: Box::new(atom),
            min,
            max,
            greedy,
        };
        Ok(if possessive {
            Node::Atomic(Box::new(node))
        } else {
            node
        })
    }

    fn escape_class(&mut self, c: char) -> Option<ClassItem> {
        Some(match c {
            'd' => ClassItem::Digit(true),
            'D' => ClassItem::Digit(false),
            'w' => ClassItem::Word(true),
            'W' => ClassItem::Word(false),
            's' => ClassItem::Space(true),
            'S' => ClassItem::Space(false),
            _ => return None,
        })
    }

    /// The character a `\\` escape stands for, `e` being the character
    /// after the backslash (already consumed). Consumes the digits of
    /// `\\x`, `\\u`, `\\U` and octal escapes; an ASCII letter that is not
    /// an escape is an error, as in CPython's parser.
    fn escape_char(&mut self, e: char, in_class: bool) -> Result<char, String> {
        let start = self.pos - 2;
        let hex = |p: &mut Self, n: usize| -> Result<char, String> {
            let digits: String = p
                .chars
                .iter()
                .skip(p.pos)
                .take(n)
                .take_while(|c| c.is_ascii_hexdigit())
                .collect();
            if digits.len() == n {
                p.pos += n;
                let code = u32::from_str_radix(&digits, 16).unwrap_or(0);
                char::from_u32(code)
                    .ok_or_else(|| format!("bad escape \\{e}{digits} at position {start}"))
            } else {
                Err(format!(
                    "incomplete escape \\{e}{digits} at position {start}"
                ))
            }
        };
        Ok(match e {
            'n' => '\n',
            't' => '\t',
            'r' => '\r',
            'f' => '\x0c',
            'v' => '\x0b',
            'a' => '\x07',
            'b' if in_class => '\x08',
            'x' => hex(self, 2)?,
            'u' => hex(self, 4)?,
            'U' => hex(self, 8)?,
            '0'..='7' => {
                let mut code = e as u32 - '0' as u32;
                let mut n = 1;
                while n < 3 {
                    match self.peek() {
                        Some(d @ '0'..='7') => {
                            code = code * 8 + (d as u32 - '0' as u32);
                            self.pos += 1;
                            n += 1;
                        }
                        _ => break,
                    }
                }
                char::from_u32(code).unwrap_or('\0')
            }
            c if c.is_ascii_alphanumeric() => {
                return Err(format!("bad escape \\{c} at position {start}"));
            }
            other => other,
        })
    }

    fn atom(&mut self) -> Result<Node, String> {
        let c = self
            .peek()
            .ok_or_else(|| self.err("unexpected end of pattern"))?;
        let at = self.pos;
        self.pos += 1;
        Ok(match c {
            '.' => Node::Any,
            '^' => Node::Start,
            '$' => Node::End,
            '(' => {
                let mut capture = true;
                let mut name = None;
                if self.peek() == Some('?') {
                    self.pos += 1;
                    match self.peek() {
                        Some(':') => {
                            self.pos += 1;
                            capture = false;
                        }
                        Some('P') if self.chars.get(self.pos + 1) == Some(&'<') => {
                            self.pos += 2;
                            name = Some(self.name_until('>'));
                        }
                        Some('P') if self.chars.get(self.pos + 1) == Some(&'=') => {
                            self.pos += 2;
                            let n = self.name_until(')');
                            let idx = self.names.iter().find(|(k, _)| *k == n).map(|(_, i)| *i);
                            return idx
                                .map(Node::Backref)
                                .ok_or_else(|| self.err("unknown group name"));
                        }
                        Some('<') if matches!(self.chars.get(self.pos + 1), Some('=' | '!')) => {
                            let positive = self.chars[self.pos + 1] == '=';
                            let start = self.pos - 2;
                            self.pos += 2;
                            let inner = self.alt()?;
                            if self.peek() != Some(')') {
                                return Err(self.err_at("missing ), unterminated subpattern", at));
                            }
                            self.pos += 1;
                            let Some(width) = fixed_width(&inner) else {
                                return Err(format!(
                                    "look-behind requires fixed-width pattern at position {start}"
                                ));
                            };
                            return Ok(Node::LookBehind(Box::new(inner), positive, width));
                        }
                        Some('=') | Some('!') => {
                            let positive = self.peek() == Some('=');
                            self.pos += 1;
                            let inner = self.alt()?;
                            if self.peek() != Some(')') {
                                return Err(self.err_at("missing ), unterminated subpattern", at));
                            }
                            self.pos += 1;
                            return Ok(Node::Look(Box::new(inner), positive));
                        }
                        Some('#') => {
                            // A comment: skipped to its `)`.
                            while let Some(c) = self.peek() {
                                self.pos += 1;
                                if c == ')' {
                                    return Ok(Node::Concat(vec![]));
                                }
                            }
                            return Err(self.err_at("missing ), unterminated comment", at));
                        }
                        Some('>') => {
                            self.pos += 1;
                            let inner = self.alt()?;
                            if self.peek() != Some(')') {
                                return Err(self.err_at("missing ), unterminated subpattern", at));
                            }
                            self.pos += 1;
                            return Ok(Node::Atomic(Box::new(inner)));
                        }
                        _ => return self.inline_flags(at),
                    }
                }
                let index = if capture {
                    self.groups += 1;
                    let i = self.groups;
                    if let Some(n) = name {
                        self.names.push((n, i));
                    }
                    Some(i)
                } else {
                    None
                };
                let inner = self.alt()?;
                if self.peek() != Some(')') {
                    return Err(self.err_at("missing ), unterminated subpattern", at));
                }
                self.pos += 1;
                Node::Group(Box::new(inner), index)
            }
            '[' => self.class()?,
            '\\' => {
                let e = self
                    .peek()
                    .ok_or_else(|| self.err_at("bad escape (end of pattern)", at))?;
                self.pos += 1;
                if let Some(item) = self.escape_class(e) {
                    return Ok(Node::Class {
                        items: vec![item],
                        negated: false,
                    });
                }
                match e {
                    'b' => Node::WordBoundary(true),
                    'B' => Node::WordBoundary(false),
                    'A' => Node::StartText,
                    'Z' => Node::EndText,
                    // `\\101` is an octal escape, `\\1` a group reference.
                    '1'..='7'
                        if self
                            .chars
                            .get(self.pos..self.pos + 2)
                            .is_some_and(|d| d.iter().all(|c| ('0'..='7').contains(c))) =>
                    {
                        Node::Char(self.escape_char(e, false)?)
                    }
                    '1'..='9' => Node::Backref(e as usize - '0' as usize),
                    _ => Node::Char(self.escape_char(e, false)?),
                }
            }
            '*' | '+' | '?' => return Err(self.err_at("nothing to repeat", at)),
            ')' => return Err(self.err_at("unbalanced parenthesis", at)),
            other => Node::Char(other),
        })
    }

    /// `(?imsx)` for the whole pattern, or `(?imsx-imsx:...)` for a
    /// part of it; `at` is the `(`, the name of the flags is next.
    fn inline_flags(&mut self, at: usize) -> Result<Node, String> {
        let letters = |p: &mut Self| {
            let mut flags = 0;
            while let Some(f) = p.peek() {
                match f {
                    'i' => flags |= IGNORECASE,
                    'm' => flags |= MULTILINE,
                    's' => flags |= DOTALL,
                    'x' => flags |= VERBOSE,
                    _ => break,
                }
                p.pos += 1;
            }
            flags
        };
        let on = letters(self);
        let off = if self.peek() == Some('-') {
            self.pos += 1;
            let off = letters(self);
            if off == 0 {
                return Err(self.err("missing flag"));
            }
            off
        } else {
            0
        };
        match self.peek() {
            Some(')') if off == 0 => {
                self.pos += 1;
                self.flags |= on;
                Ok(Node::Concat(vec![]))
            }
            Some(':') => {
                self.pos += 1;
                // Verbose changes how the inside is read; the others how
                // it matches.
                let outer = self.flags;
                self.flags = (outer | (on & VERBOSE)) & !(off & VERBOSE);
                let inner = self.alt();
                self.flags = outer;
                let inner = inner?;
                if self.peek() != Some(')') {
                    return Err(self.err_at("missing ), unterminated subpattern", at));
                }
                self.pos += 1;
                Ok(Node::Scoped(Box::new(inner), on, off))
            }
            Some(')') => Err(self.err("missing :")),
            None if on == 0 && off == 0 => Err(self.err("unexpected end of pattern")),
            Some(c) if on == 0 && off == 0 => {
                let what = match (c, self.chars.get(self.pos + 1)) {
                    ('P', Some(n)) => format!("P{n}"),
                    _ => c.to_string(),
                };
                Err(format!("unknown extension ?{what} at position {}", at + 1))
            }
            _ => Err(self.err("missing -, : or )")),
        }
    }

    fn class(&mut self) -> Result<Node, String> {
        let open = self.pos - 1;
        let mut negated = false;
        if self.peek() == Some('^') {
            negated = true;
            self.pos += 1;
        }
        let mut items = Vec::new();
        let mut first = true;
        loop {
            let c = self
                .peek()
                .ok_or_else(|| self.err_at("unterminated character set", open))?;
            self.pos += 1;
            if c == ']' && !first {
                break;
            }
            first = false;
            let item_pos = self.pos - 1;
            let start = if c == '\\' {
                let e = self.peek().ok_or_else(|| self.err("bad escape"))?;
                self.pos += 1;
                if let Some(item) = self.escape_class(e) {
                    items.push(item);
                    continue;
                }
                self.escape_char(e, true)?
            } else {
                c
            };
            if self.peek() == Some('-') && self.chars.get(self.pos + 1).is_some_and(|c| *c != ']') {
                self.pos += 1;
                let mut end = self
                    .peek()
                    .ok_or_else(|| self.err_at("unterminated character set", open))?;
                self.pos += 1;
                if end == '\\' {
                    let e = self.peek().ok_or_else(|| self.err("bad escape"))?;
                    self.pos += 1;
                    end = self.escape_char(e, true)?;
                }
                if end < start {
                    let text: String = self.chars[item_pos..self.pos].iter().collect();
                    return Err(format!("bad character range {text} at position {item_pos}"));
                }
                items.push(ClassItem::Range(start, end));
            } else {
                items.push(ClassItem::Char(start));
            }
        }
        Ok(Node::Class { items, negated })
    }
}

impl Regex {
    pub fn new(pattern: &str, flags: i64) -> Result<Regex, String> {
        let mut p = Parser {
            chars: pattern.chars().collect(),
            pos: 0,
            groups: 0,
            names: Vec::new(),
            flags,
        };
        let node = p.alt()?;
        if p.pos < p.chars.len() {
            return Err(p.err("unbalanced parenthesis"));
        }
        Ok(Regex {
            node,
            groups: p.groups,
            names: p.names,
            flags: p.flags,
        })
    }

    /// Tries a match starting exactly at `start`; returns the group spans
    /// (group 0 first) in char indices. `Err` when the backtracking budget
    /// runs out.
    pub fn match_at(&self, text: &[char], start: usize, full: bool) -> Result<Option<Caps>, ()> {
        let m = Matcher {
            text,
            flags: Cell::new(self.flags),
            steps: Cell::new(0),
            depth: Cell::new(0),
        };
        self.attempt(&m, start, full)
    }

    /// The leftmost match at or after `from`; one budget covers every
    /// start position, so a long subject cannot multiply it.
    pub fn search(&self, text: &[char], from: usize) -> Result<Option<Caps>, ()> {
        let m = Matcher {
            text,
            flags: Cell::new(self.flags),
            steps: Cell::new(0),
            depth: Cell::new(0),
        };
        for s in from..=text.len() {
            if let Some(c) = self.attempt(&m, s, false)? {
                return Ok(Some(c));
            }
        }
        Ok(None)
    }

    fn attempt(&self, m: &Matcher, start: usize, full: bool) -> Result<Option<Caps>, ()> {
        let text = m.text;
        let mut caps = vec![None; self.groups + 1];
        let mut end = None;
        let found = m.run(&self.node, start, &mut caps, &mut |pos, _| {
            if full && pos != text.len() {
                return false;
            }
            end = Some(pos);
            true
        });
        if m.steps.get() > STEP_LIMIT {
            return Err(());
        }
        Ok(match (found, end) {
            (true, Some(e)) => {
                caps[0] = Some((start, e));
                Some(caps)
            }
            _ => None,
        })
    }
}

/// Backtracking steps one match or search may take; a pattern that needs more
/// is reported as an error instead of hanging the page.
const STEP_LIMIT: usize = 2_000_000;

/// Nested items one match may hold open (about one per matched char).
#[cfg(not(target_arch = "wasm32"))]
const DEPTH_LIMIT: usize = 10_000;
/// In the page these frames sit on the browser's own call stack (about
/// 1 MB in Chromium, which no build setting changes): `(a|b)*` over 1,000
/// characters overflowed it, so the page allows a quarter of that, with
/// room to spare under half the stack.
#[cfg(target_arch = "wasm32")]
const DEPTH_LIMIT: usize = 1_000;

pub type Caps = Vec<Option<(usize, usize)>>;

type Cont<'k> = &'k mut dyn FnMut(usize, &mut Caps) -> bool;

struct Matcher<'t> {
    text: &'t [char],
    /// Changed inside scoped flags (`(?i:...)`).
    flags: Cell<i64>,
    steps: Cell<usize>,
    /// Nesting of `run` calls: continuation passing recurses once per
    /// matched item, so the depth is bounded to keep the native stack
    /// (small in wasm) from overflowing.
    depth: Cell<usize>,
}

/// `\w` in a str pattern: CPython's sre uses `str.isalnum()`.
fn is_word(c: char) -> bool {
    crate::engine::numeric::unicode::is_alnum(c) || c == '_'
}

impl Matcher<'_> {
    fn eq_char(&self, a: char, b: char) -> bool {
        a == b || (self.flags.get() & IGNORECASE != 0 && a.to_lowercase().eq(b.to_lowercase()))
    }

    fn class_matches(&self, items: &[ClassItem], negated: bool, c: char) -> bool {
        let icase = self.flags.get() & IGNORECASE != 0;
        let hit = items.iter().any(|it| match it {
            ClassItem::Char(x) => self.eq_char(*x, c),
            ClassItem::Range(a, b) => {
                (*a <= c && c <= *b)
                    || (icase && {
                        let l = c.to_lowercase().next().unwrap_or(c);
                        let u = c.to_uppercase().next().unwrap_or(c);
                        (*a <= l && l <= *b) || (*a <= u && u <= *b)
                    })
            }
            ClassItem::Digit(p) => c.is_ascii_digit() == *p,
            ClassItem::Word(p) => is_word(c) == *p,
            ClassItem::Space(p) => c.is_whitespace() == *p,
        });
        hit != negated
    }

    /// Matches `node` at `pos` and then the rest of the pattern, `k`:
    /// continuation passing makes backtracking into earlier nodes natural.
    fn run(&self, node: &Node, pos: usize, caps: &mut Caps, k: Cont) -> bool {
        let steps = self.steps.get() + 1;
        self.steps.set(steps);
        if steps > STEP_LIMIT {
            return false;
        }
        let depth = self.depth.get();
        if depth >= DEPTH_LIMIT {
            // Spend the budget so the caller reports the limit.
            self.steps.set(STEP_LIMIT + 1);
            return false;
        }
        self.depth.set(depth + 1);
        let r = self.run_node(node, pos, caps, k);
        self.depth.set(depth);
        r
    }

    fn run_node(&self, node: &Node, pos: usize, caps: &mut Caps, k: Cont) -> bool {
        let t = self.text;
        match node {
            Node::Char(c) => pos < t.len() && self.eq_char(*c, t[pos]) && k(pos + 1, caps),
            Node::Any => {
                pos < t.len()
                    && (t[pos] != '\n' || self.flags.get() & DOTALL != 0)
                    && k(pos + 1, caps)
            }
            Node::Class { items, negated } => {
                pos < t.len() && self.class_matches(items, *negated, t[pos]) && k(pos + 1, caps)
            }
            Node::Start => {
                (pos == 0 || (self.flags.get() & MULTILINE != 0 && t[pos - 1] == '\n'))
                    && k(pos, caps)
            }
            Node::End => {
                (pos == t.len()
                    || (pos + 1 == t.len() && t[pos] == '\n')
                    || (self.flags.get() & MULTILINE != 0 && t[pos] == '\n'))
                    && k(pos, caps)
            }
            Node::StartText => pos == 0 && k(pos, caps),
            Node::EndText => pos == t.len() && k(pos, caps),
            Node::WordBoundary(want) => {
                let before = pos > 0 && is_word(t[pos - 1]);
                let after = pos < t.len() && is_word(t[pos]);
                (before != after) == *want && k(pos, caps)
            }
            Node::Look(inner, positive) => {
                let mut c2 = caps.clone();
                let found = self.run(inner, pos, &mut c2, &mut |_, _| true);
                if found && *positive {
                    // A positive lookahead keeps the groups it captured.
                    *caps = c2;
                }
                found == *positive && k(pos, caps)
            }
            Node::LookBehind(inner, positive, width) => {
                let mut c2 = caps.clone();
                let found = pos >= *width
                    && self.run(inner, pos - width, &mut c2, &mut |end, _| end == pos);
                if found && *positive {
                    *caps = c2;
                }
                found == *positive && k(pos, caps)
            }
            Node::Backref(i) => {
                let Some((s, e)) = caps.get(*i).copied().flatten() else {
                    return false;
                };
                let len = e - s;
                pos + len <= t.len()
                    && (0..len).all(|j| self.eq_char(t[s + j], t[pos + j]))
                    && k(pos + len, caps)
            }
            Node::Group(inner, None) => self.run(inner, pos, caps, k),
            Node::Group(inner, Some(i)) => {
                let i = *i;
                self.run(inner, pos, caps, &mut |end, caps: &mut Caps| {
                    let saved = caps[i];
                    caps[i] = Some((pos, end));
                    if k(end, caps) {
                        true
                    } else {
                        caps[i] = saved;
                        false
                    }
                })
            }
            Node::Atomic(inner) => {
                let mut inside = caps.clone();
                let mut end = None;
                let found = self.run(inner, pos, &mut inside, &mut |e, _| {
                    end = Some(e);
                    true
                });
                match end {
                    Some(e) if found => {
                        let saved = std::mem::replace(caps, inside);
                        if k(e, caps) {
                            true
                        } else {
                            *caps = saved;
                            false
                        }
                    }
                    _ => false,
                }
            }
            Node::Scoped(inner, on, off) => {
                let outer = self.flags.get();
                self.flags.set((outer | on) & !off);
                let r = self.run(inner, pos, caps, &mut |p, c: &mut Caps| {
                    // The rest of the pattern runs with the outer flags;
                    // backtracking into the inside, with its own again.
                    let inside = self.flags.get();
                    self.flags.set(outer);
                    let r = k(p, c);
                    self.flags.set(inside);
                    r
                });
                self.flags.set(outer);
                r
            }
            Node::Concat(items) => self.concat(items, pos, caps, k),
            Node::Alt(branches) => branches.iter().any(|b| self.run(b, pos, caps, k)),
            Node::Repeat {
                node,
                min,
                max,
                greedy,
            } => self.repeat(node, *min, *max, *greedy, 0, pos, caps, k),
        }
    }

    fn concat(&self, items: &[Node], pos: usize, caps: &mut Caps, k: Cont) -> bool {
        match items.split_first() {
            None => k(pos, caps),
            Some((first, rest)) => self.run(first, pos, caps, &mut |p, c: &mut Caps| {
                self.concat(rest, p, c, k)
            }),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn repeat(
        &self,
        node: &Node,
        min: usize,
        max: Option<usize>,
        greedy: bool,
        count: usize,
        pos: usize,
        caps: &mut Caps,
        k: Cont,
    ) -> bool {
        let can_more = max.is_none_or(|m| count < m);
        let more = |caps: &mut Caps, k: Cont| {
            can_more
                && self.run(node, pos, caps, &mut |p, c: &mut Caps| {
                    // An empty iteration past the minimum cannot progress.
                    if p == pos && count >= min {
                        return false;
                    }
                    self.repeat(node, min, max, greedy, count + 1, p, c, k)
                })
        };
        // Greedy tries one more iteration before the rest of the
        // pattern; lazy tries the rest first.
        if greedy && more(caps, k) {
            return true;
        }
        if count >= min && k(pos, caps) {
            return true;
        }
        !greedy && more(caps, k)
    }
}
