//! Tokens: small `Copy` values that name a kind and a byte range of the source.
//!
//! The text of a token is never copied; callers slice it from the source with
//! [`Span::text`]. Line and column are computed only when a message needs them
//! ([`crate::LineIndex`]).

use core::fmt;

/// A half-open byte range `start..end` into the source text.
///
/// Offsets are `u32`: sources are limited to 4 GiB, which keeps a token at
/// 12 bytes.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: u32,
    /// Byte offset one past the last byte.
    pub end: u32,
}

impl Span {
    /// A span from `start` to `end` (byte offsets).
    #[inline]
    pub const fn new(start: u32, end: u32) -> Self {
        Span { start, end }
    }

    /// An empty span at `at`.
    #[inline]
    pub const fn empty(at: u32) -> Self {
        Span { start: at, end: at }
    }

    /// Length in bytes.
    #[inline]
    pub const fn len(self) -> u32 {
        self.end - self.start
    }

    /// True when the span covers no bytes.
    #[inline]
    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The smallest span covering both `self` and `other`.
    #[inline]
    pub fn cover(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// The source text this span covers (empty if out of range or not on
    /// char boundaries, so a bad span can never panic).
    #[inline]
    pub fn text(self, source: &str) -> &str {
        source
            .get(self.start as usize..self.end as usize)
            .unwrap_or("")
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// Flags of a string literal token, decoded from its prefix and quotes.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct StrFlags(pub u8);

impl StrFlags {
    /// `r`/`R` prefix: backslashes are literal.
    pub const RAW: u8 = 1;
    /// `b`/`B` prefix: a bytes literal.
    pub const BYTES: u8 = 2;
    /// `f`/`F` prefix: a formatted string literal.
    pub const FORMAT: u8 = 4;
    /// `u`/`U` prefix (accepted, no effect).
    pub const UNICODE: u8 = 8;
    /// Triple-quoted (`'''` or `"""`).
    pub const TRIPLE: u8 = 16;
    /// Delimited by `"` rather than `'`.
    pub const DOUBLE: u8 = 32;

    /// True if the raw prefix is present.
    #[inline]
    pub const fn is_raw(self) -> bool {
        self.0 & Self::RAW != 0
    }
    /// True for a bytes literal.
    #[inline]
    pub const fn is_bytes(self) -> bool {
        self.0 & Self::BYTES != 0
    }
    /// True for an f-string.
    #[inline]
    pub const fn is_format(self) -> bool {
        self.0 & Self::FORMAT != 0
    }
    /// True when triple-quoted.
    #[inline]
    pub const fn is_triple(self) -> bool {
        self.0 & Self::TRIPLE != 0
    }
    /// Number of prefix bytes plus opening quote bytes: where the body starts
    /// relative to the token start is computed by the lexer, see
    /// [`crate::string_body`].
    #[inline]
    pub const fn quote_len(self) -> u32 {
        if self.is_triple() {
            3
        } else {
            1
        }
    }
}

impl fmt::Debug for StrFlags {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names = [
            (Self::RAW, "r"),
            (Self::BYTES, "b"),
            (Self::FORMAT, "f"),
            (Self::UNICODE, "u"),
            (Self::TRIPLE, "triple"),
            (Self::DOUBLE, "dq"),
        ];
        let mut first = true;
        for (bit, name) in names {
            if self.0 & bit != 0 {
                if !first {
                    f.write_str("|")?;
                }
                f.write_str(name)?;
                first = false;
            }
        }
        Ok(())
    }
}

/// One token: a kind, a span and, for strings, the literal's flags.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Token {
    /// What the token is.
    pub kind: TokenKind,
    /// Prefix/quote flags; meaningful only for [`TokenKind::String`].
    pub flags: StrFlags,
    /// Where it is in the source. INDENT/DEDENT/NEWLINE/EOF may be empty.
    pub span: Span,
}

macro_rules! token_kinds {
    (
        basic { $($bname:ident => $bdesc:literal,)* }
        keywords { $($kname:ident => $kw:literal,)* }
        operators { $($oname:ident => $op:literal,)* }
    ) => {
        /// The kind of a token.
        #[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
        #[repr(u8)]
        pub enum TokenKind {
            $(
                #[doc = $bdesc]
                $bname,
            )*
            $(
                #[doc = concat!("The keyword `", $kw, "`.")]
                $kname,
            )*
            $(
                #[doc = concat!("The operator or delimiter `", $op, "`.")]
                $oname,
            )*
        }

        impl TokenKind {
            /// The keyword spelled `word`, if it is one.
            pub fn keyword(word: &str) -> Option<TokenKind> {
                match word {
                    $($kw => Some(TokenKind::$kname),)*
                    _ => None,
                }
            }

            /// True for keywords (including `True`, `False`, `None`).
            pub fn is_keyword(self) -> bool {
                matches!(self, $(TokenKind::$kname)|*)
            }

            /// How the token is written (`"'+='"`), or a description for
            /// tokens with variable text (`"name"`, `"string"`): used in
            /// error messages and dumps.
            pub fn describe(self) -> &'static str {
                match self {
                    $(TokenKind::$bname => $bdesc,)*
                    $(TokenKind::$kname => $kw,)*
                    $(TokenKind::$oname => $op,)*
                }
            }
        }
    };
}

token_kinds! {
    basic {
        Name => "name",
        Int => "integer",
        Float => "float",
        Imaginary => "imaginary number",
        String => "string",
        Newline => "newline",
        Indent => "indent",
        Dedent => "dedent",
        EndOfFile => "end of file",
    }
    keywords {
        False => "False",
        None => "None",
        True => "True",
        And => "and",
        As => "as",
        Assert => "assert",
        Async => "async",
        Await => "await",
        Break => "break",
        Class => "class",
        Continue => "continue",
        Def => "def",
        Del => "del",
        Elif => "elif",
        Else => "else",
        Except => "except",
        Finally => "finally",
        For => "for",
        From => "from",
        Global => "global",
        If => "if",
        Import => "import",
        In => "in",
        Is => "is",
        Lambda => "lambda",
        Nonlocal => "nonlocal",
        Not => "not",
        Or => "or",
        Pass => "pass",
        Raise => "raise",
        Return => "return",
        Try => "try",
        While => "while",
        With => "with",
        Yield => "yield",
    }
    operators {
        LParen => "(",
        RParen => ")",
        LBracket => "[",
        RBracket => "]",
        LBrace => "{",
        RBrace => "}",
        Colon => ":",
        Comma => ",",
        Semicolon => ";",
        Dot => ".",
        Ellipsis => "...",
        Arrow => "->",
        ColonEqual => ":=",
        Plus => "+",
        Minus => "-",
        Star => "*",
        DoubleStar => "**",
        Slash => "/",
        DoubleSlash => "//",
        Percent => "%",
        At => "@",
        Amper => "&",
        Vbar => "|",
        Circumflex => "^",
        Tilde => "~",
        LeftShift => "<<",
        RightShift => ">>",
        Less => "<",
        Greater => ">",
        LessEqual => "<=",
        GreaterEqual => ">=",
        EqEqual => "==",
        NotEqual => "!=",
        Equal => "=",
        PlusEqual => "+=",
        MinusEqual => "-=",
        StarEqual => "*=",
        DoubleStarEqual => "**=",
        SlashEqual => "/=",
        DoubleSlashEqual => "//=",
        PercentEqual => "%=",
        AtEqual => "@=",
        AmperEqual => "&=",
        VbarEqual => "|=",
        CircumflexEqual => "^=",
        LeftShiftEqual => "<<=",
        RightShiftEqual => ">>=",
        Exclamation => "!",
    }
}

// Tokens are copied around constantly: keep them at three words or less.
const _: () = assert!(core::mem::size_of::<Token>() <= 12);
