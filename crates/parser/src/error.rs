//! Parse errors: a message, a span, the Python exception class and whether
//! more input could complete the source (for the REPL).

use alloc::string::String;
use core::fmt;

use pycopy_lexer::{LexError, LineIndex, Span};

/// Which Python exception a [`ParseError`] becomes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ErrorKind {
    /// `SyntaxError`.
    Syntax,
    /// `IndentationError` ("unexpected indent", "expected an indented
    /// block ...", "unindent does not match ...").
    Indentation,
    /// `TabError` (inconsistent tabs and spaces).
    Tab,
}

impl ErrorKind {
    /// The Python exception class name.
    pub fn exception_name(self) -> &'static str {
        match self {
            ErrorKind::Syntax => "SyntaxError",
            ErrorKind::Indentation => "IndentationError",
            ErrorKind::Tab => "TabError",
        }
    }
}

/// A syntax error found while lexing or parsing.
///
/// `Display` prints the bare message (as `str(exc)` of the Python
/// exception would, without location); use [`ParseError::display_with`] for
/// the `File "x.py", line L, column C: SyntaxError: message` form.
#[derive(Clone, PartialEq, Eq, Debug, thiserror::Error)]
#[error("{message}")]
pub struct ParseError {
    /// Which exception class.
    pub kind: ErrorKind,
    /// What went wrong, in CPython 3.11's words where it has some.
    pub message: String,
    /// Where (byte offsets); may be empty (e.g. at end of input).
    pub span: Span,
    /// True when the input ended too early: more lines could make it valid
    /// (the REPL then shows `... ` and reads on).
    pub incomplete: bool,
}

impl ParseError {
    /// A `SyntaxError` with `message` at `span`.
    pub fn syntax(message: impl Into<String>, span: Span) -> Self {
        ParseError {
            kind: ErrorKind::Syntax,
            message: message.into(),
            span,
            incomplete: false,
        }
    }

    /// An `IndentationError` with `message` at `span`.
    pub fn indentation(message: impl Into<String>, span: Span) -> Self {
        ParseError {
            kind: ErrorKind::Indentation,
            message: message.into(),
            span,
            incomplete: false,
        }
    }

    /// 1-based line and column (in characters) of the error's start.
    pub fn line_col(&self, source: &str) -> (u32, u32) {
        LineIndex::new(source).line_col(self.span.start)
    }

    /// Formats as `File "name", line L, column C: SyntaxError: message`.
    pub fn display_with<'a>(
        &'a self,
        source: &'a str,
        filename: &'a str,
    ) -> impl fmt::Display + 'a {
        DisplayWith {
            err: self,
            source,
            filename,
        }
    }
}

struct DisplayWith<'a> {
    err: &'a ParseError,
    source: &'a str,
    filename: &'a str,
}

impl fmt::Display for DisplayWith<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (line, col) = self.err.line_col(self.source);
        write!(
            f,
            "File \"{}\", line {}, column {}: {}: {}",
            self.filename,
            line,
            col,
            self.err.kind.exception_name(),
            self.err.message
        )
    }
}

impl From<LexError> for ParseError {
    fn from(e: LexError) -> Self {
        use alloc::string::ToString;
        ParseError {
            kind: crate::lex_error_kind(&e),
            message: e.to_string(),
            span: e.span,
            incomplete: e.is_incomplete(),
        }
    }
}
