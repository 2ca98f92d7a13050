//! Lexing errors: a kind (one documented variant per case) plus the span of
//! source text it is about.

use thiserror::Error;

use crate::token::Span;

/// A lexing error: what went wrong and where.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Error)]
#[error("{kind}")]
pub struct LexError {
    /// What went wrong.
    pub kind: LexErrorKind,
    /// The source text the error is about (byte offsets).
    pub span: Span,
}

impl LexError {
    /// An error of `kind` covering `start..end`.
    #[inline]
    pub(crate) fn new(kind: LexErrorKind, start: usize, end: usize) -> Self {
        LexError {
            kind,
            span: Span::new(clamp(start), clamp(end)),
        }
    }

    /// True when more input could complete the source: an unterminated
    /// triple-quoted string, brackets still open, or a backslash
    /// continuation at the very end. A REPL shows its `... ` prompt then.
    pub fn is_incomplete(&self) -> bool {
        matches!(
            self.kind,
            LexErrorKind::UnterminatedTripleString
                | LexErrorKind::EofInBrackets(_)
                | LexErrorKind::EofAfterContinuation
        )
    }
}

/// Offsets are `u32`; sources longer than that are rejected up front, so this
/// only guards against misuse.
#[inline]
pub(crate) fn clamp(offset: usize) -> u32 {
    u32::try_from(offset).unwrap_or(u32::MAX)
}

/// What is wrong with a backslash escape sequence.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Error)]
pub enum EscapeError {
    /// `\x` not followed by two hex digits.
    #[error("truncated \\xXX escape")]
    TruncatedHex,
    /// `\u` not followed by four hex digits.
    #[error("truncated \\uXXXX escape")]
    TruncatedUnicode4,
    /// `\U` not followed by eight hex digits.
    #[error("truncated \\UXXXXXXXX escape")]
    TruncatedUnicode8,
    /// `\U` naming a value above U+10FFFF.
    #[error("illegal Unicode character")]
    OutOfRange,
    /// `\uD800`-style escape: strings here are UTF-8 and cannot hold lone
    /// surrogates (CPython can; MicroPython stores invalid UTF-8).
    #[error("surrogate code points are not supported in string literals")]
    Surrogate,
}

/// The kinds of lexing error.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Error)]
pub enum LexErrorKind {
    /// A single-quoted string reaches the end of its line or of the input.
    #[error("unterminated string literal")]
    UnterminatedString,
    /// A triple-quoted string reaches the end of the input.
    #[error("unterminated triple-quoted string literal")]
    UnterminatedTripleString,
    /// A malformed backslash escape in a string or bytes literal.
    #[error("(unicode error) {0}")]
    BadEscape(EscapeError),
    /// `\N{...}`: MicroPython raises NotImplementedError for these.
    #[error("unicode name escapes are not supported")]
    UnsupportedNamedEscape,
    /// A non-ASCII character inside a bytes literal.
    #[error("bytes can only contain ASCII literal characters")]
    NonAsciiInBytes,
    /// A malformed number; the text names the literal kind (`"decimal"`,
    /// `"hexadecimal"`, `"octal"`, `"binary"`).
    #[error("invalid {0} literal")]
    InvalidNumber(&'static str),
    /// A digit not allowed by the literal's base (`0b2`, `0o8`).
    #[error("invalid digit '{digit}' in {base} literal")]
    InvalidDigit {
        /// The offending digit.
        digit: char,
        /// `"binary"` or `"octal"`.
        base: &'static str,
    },
    /// `012`: a decimal integer with leading zeros.
    #[error(
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"
    )]
    LeadingZeros,
    /// A dedent to a column that no enclosing block uses.
    #[error("unindent does not match any outer indentation level")]
    InconsistentDedent,
    /// Indentation whose meaning depends on the tab size (CPython's TabError).
    #[error("inconsistent use of tabs and spaces in indentation")]
    TabSpaceMix,
    /// A character that cannot start any token.
    #[error("invalid character '{0}' (U+{code:04X})", code = *.0 as u32)]
    InvalidCharacter(char),
    /// A closing bracket with nothing open.
    #[error("unmatched '{0}'")]
    UnmatchedBracket(char),
    /// A closing bracket of the wrong kind.
    #[error("closing parenthesis '{close}' does not match opening parenthesis '{open}'")]
    MismatchedBracket {
        /// The innermost open bracket.
        open: char,
        /// The closing bracket found.
        close: char,
    },
    /// End of input with this bracket still open (the span is the bracket).
    #[error("'{0}' was never closed")]
    EofInBrackets(char),
    /// End of input right after a backslash continuation.
    #[error("unexpected EOF while parsing")]
    EofAfterContinuation,
    /// A backslash outside a string not followed by a newline.
    #[error("unexpected character after line continuation character")]
    CharAfterContinuation,
    /// The source is larger than 4 GiB (offsets are `u32`).
    #[error("source too large")]
    SourceTooLarge,
    /// The span given to [`crate::tokenize_expr`] is outside the source or
    /// not on character boundaries.
    #[error("invalid expression span")]
    InvalidSpan,
    /// A single `}` in an f-string literal part.
    #[error("f-string: single '}}' is not allowed")]
    FStringSingleBrace,
    /// `{}` or `{ }` in an f-string.
    #[error("f-string: empty expression not allowed")]
    FStringEmptyExpression,
    /// A replacement field without its closing `}`.
    #[error("f-string: expecting '}}'")]
    FStringUnterminatedField,
    /// `!` not followed by `s`, `r` or `a` and then `:` or `}`.
    #[error("f-string: invalid conversion character: expected 's', 'r', or 'a'")]
    FStringBadConversion,
    /// A backslash inside a replacement field's expression (as CPython 3.11).
    #[error("f-string expression part cannot include a backslash")]
    FStringBackslash,
    /// A `#` inside a replacement field's expression.
    #[error("f-string expression part cannot include '#'")]
    FStringHash,
    /// A string literal inside a replacement field is not closed.
    #[error("f-string: unterminated string")]
    FStringUnterminatedString,
    /// A closing bracket inside a field with no matching opener.
    #[error("f-string: unmatched '{0}'")]
    FStringUnmatched(char),
    /// Format specs nested more than two levels deep.
    #[error("f-string: expressions nested too deeply")]
    FStringTooDeep,
}
