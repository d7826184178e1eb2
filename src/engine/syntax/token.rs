//! Tokens: what the lexer hands the parser.
//!
//! A token is a kind plus where it sits in the source. Its text is never
//! copied: names, numbers and strings are read back from the source through
//! the byte range when the parser needs them.

use super::ast::Span;

/// The kind of a token, named after CPython's `Lib/token.py` where it has a
/// name (`LPAR`, `DOUBLESTAR`, …) and after the keyword otherwise.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    // === Structure ===
    /// The end of a logical line.
    Newline,
    /// The first line of a more deeply indented block.
    Indent,
    /// One block closed by a less deeply indented line (one per level).
    Dedent,
    /// The end of the source.
    EndOfFile,
    /// Where the lexer stopped on an error; the error itself is kept beside
    /// the tokens (see [`super::lexer::LexError`]).
    Error,

    // === Atoms ===
    /// An identifier, including the soft keywords `match`, `case`, `type`
    /// and `_`.
    Name,
    /// An integer literal in any base (`12`, `0x_ff`, `0o7`, `0b1`).
    Int,
    /// A float literal (`1.0`, `.5`, `1e-3`, `1_000.5`).
    Float,
    /// An imaginary literal (`2j`, `1.5J`).
    Imaginary,
    /// One string literal with its prefix and quotes: plain, bytes, raw or
    /// f-string, single- or triple-quoted.
    String,

    // === Keywords ===
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,

    // === Delimiters and operators ===
    /// `(`
    Lpar,
    /// `)`
    Rpar,
    /// `[`
    Lsqb,
    /// `]`
    Rsqb,
    /// `{`
    Lbrace,
    /// `}`
    Rbrace,
    /// `:`
    Colon,
    /// `,`
    Comma,
    /// `;`
    Semi,
    /// `+`
    Plus,
    /// `-`
    Minus,
    /// `*`
    Star,
    /// `/`
    Slash,
    /// `|`
    Vbar,
    /// `&`
    Amper,
    /// `<`
    Less,
    /// `>`
    Greater,
    /// `=`
    Equal,
    /// `.`
    Dot,
    /// `%`
    Percent,
    /// `==`
    EqEqual,
    /// `!=`
    NotEqual,
    /// `<=`
    LessEqual,
    /// `>=`
    GreaterEqual,
    /// `~`
    Tilde,
    /// `^`
    Circumflex,
    /// `<<`
    LeftShift,
    /// `>>`
    RightShift,
    /// `**`
    DoubleStar,
    /// `+=`
    PlusEqual,
    /// `-=`
    MinEqual,
    /// `*=`
    StarEqual,
    /// `/=`
    SlashEqual,
    /// `%=`
    PercentEqual,
    /// `&=`
    AmperEqual,
    /// `|=`
    VbarEqual,
    /// `^=`
    CircumflexEqual,
    /// `<<=`
    LeftShiftEqual,
    /// `>>=`
    RightShiftEqual,
    /// `**=`
    DoubleStarEqual,
    /// `//`
    DoubleSlash,
    /// `//=`
    DoubleSlashEqual,
    /// `@`
    At,
    /// `@=`
    AtEqual,
    /// `->`
    Rarrow,
    /// `...`
    Ellipsis,
    /// `:=`
    ColonEqual,
    /// A character that starts no token in Python 3.11: `$`, `?`, `!` not
    /// followed by `=`, a backtick. CPython's tokenizer lets these through
    /// and the parser rejects them with "invalid syntax".
    Unknown,
}

impl TokenKind {
    /// The keyword spelled `text`, if it is one (soft keywords are names).
    pub fn keyword(text: &str) -> Option<TokenKind> {
        use TokenKind::*;
        Some(match text {
            "False" => False,
            "None" => None,
            "True" => True,
            "and" => And,
            "as" => As,
            "assert" => Assert,
            "async" => Async,
            "await" => Await,
            "break" => Break,
            "class" => Class,
            "continue" => Continue,
            "def" => Def,
            "del" => Del,
            "elif" => Elif,
            "else" => Else,
            "except" => Except,
            "finally" => Finally,
            "for" => For,
            "from" => From,
            "global" => Global,
            "if" => If,
            "import" => Import,
            "in" => In,
            "is" => Is,
            "lambda" => Lambda,
            "nonlocal" => Nonlocal,
            "not" => Not,
            "or" => Or,
            "pass" => Pass,
            "raise" => Raise,
            "return" => Return,
            "try" => Try,
            "while" => While,
            "with" => With,
            "yield" => Yield,
            _ => return Option::None,
        })
    }

    /// True for the hard keywords.
    pub fn is_keyword(self) -> bool {
        (self as u8) >= (TokenKind::False as u8) && (self as u8) <= (TokenKind::Yield as u8)
    }

    /// The operator or delimiter spelled by the first one, two or three
    /// bytes of `bytes` (longest match), with its length.
    pub fn operator(bytes: &[u8]) -> Option<(TokenKind, usize)> {
        use TokenKind::*;
        let at = |i: usize| bytes.get(i).copied().unwrap_or(0);
        let (c1, c2, c3) = (at(0), at(1), at(2));
        let three = match (c1, c2, c3) {
            (b'*', b'*', b'=') => Some(DoubleStarEqual),
            (b'/', b'/', b'=') => Some(DoubleSlashEqual),
            (b'<', b'<', b'=') => Some(LeftShiftEqual),
            (b'>', b'>', b'=') => Some(RightShiftEqual),
            (b'.', b'.', b'.') => Some(Ellipsis),
            _ => Option::None,
        };
        if let Some(kind) = three {
            return Some((kind, 3));
        }
        let two = match (c1, c2) {
            (b'=', b'=') => Some(EqEqual),
            (b'!', b'=') => Some(NotEqual),
            // Python 2's `<>`: CPython lexes it and its parser refuses it.
            (b'<', b'>') => Some(Unknown),
            (b'<', b'=') => Some(LessEqual),
            (b'>', b'=') => Some(GreaterEqual),
            (b'<', b'<') => Some(LeftShift),
            (b'>', b'>') => Some(RightShift),
            (b'*', b'*') => Some(DoubleStar),
            (b'+', b'=') => Some(PlusEqual),
            (b'-', b'=') => Some(MinEqual),
            (b'*', b'=') => Some(StarEqual),
            (b'/', b'=') => Some(SlashEqual),
            (b'%', b'=') => Some(PercentEqual),
            (b'&', b'=') => Some(AmperEqual),
            (b'|', b'=') => Some(VbarEqual),
            (b'^', b'=') => Some(CircumflexEqual),
            (b'/', b'/') => Some(DoubleSlash),
            (b'@', b'=') => Some(AtEqual),
            (b'-', b'>') => Some(Rarrow),
            (b':', b'=') => Some(ColonEqual),
            _ => Option::None,
        };
        if let Some(kind) = two {
            return Some((kind, 2));
        }
        let one = match c1 {
            b'(' => Lpar,
            b')' => Rpar,
            b'[' => Lsqb,
            b']' => Rsqb,
            b'{' => Lbrace,
            b'}' => Rbrace,
            b':' => Colon,
            b',' => Comma,
            b';' => Semi,
            b'+' => Plus,
            b'-' => Minus,
            b'*' => Star,
            b'/' => Slash,
            b'|' => Vbar,
            b'&' => Amper,
            b'<' => Less,
            b'>' => Greater,
            b'=' => Equal,
            b'.' => Dot,
            b'%' => Percent,
            b'~' => Tilde,
            b'^' => Circumflex,
            b'@' => At,
            b'$' | b'?' | b'!' | b'`' => Unknown,
            _ => return Option::None,
        };
        Some((one, 1))
    }

    /// The augmented-assignment operator this token spells (`+=` → `Add`).
    pub fn augmented_op(self) -> Option<super::ast::BinOp> {
        use super::ast::BinOp;
        use TokenKind::*;
        Some(match self {
            PlusEqual => BinOp::Add,
            MinEqual => BinOp::Sub,
            StarEqual => BinOp::Mult,
            AtEqual => BinOp::MatMult,
            SlashEqual => BinOp::Div,
            PercentEqual => BinOp::Mod,
            AmperEqual => BinOp::BitAnd,
            VbarEqual => BinOp::BitOr,
            CircumflexEqual => BinOp::BitXor,
            LeftShiftEqual => BinOp::LShift,
            RightShiftEqual => BinOp::RShift,
            DoubleStarEqual => BinOp::Pow,
            DoubleSlashEqual => BinOp::FloorDiv,
            _ => return Option::None,
        })
    }
}

/// One token: its kind and where it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    /// Byte offset of the first character.
    pub start: u32,
    /// Byte offset just past the last character.
    pub end: u32,
    /// 1-based line of `start`.
    pub line: u32,
    /// 0-based column of `start`, in characters.
    pub col: u32,
}

impl Token {
    /// The token's region as an AST span.
    pub fn span(&self) -> Span {
        Span {
            start: self.start,
            end: self.end,
            line: self.line,
            col: self.col,
        }
    }

    /// The token's text.
    pub fn text<'s>(&self, source: &'s str) -> &'s str {
        &source[self.start as usize..self.end as usize]
    }
}
