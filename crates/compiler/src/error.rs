//! Compile errors: the parser's `SyntaxError`s plus the ones found by scope
//! analysis and code generation, each with a span for `file, line, column`.

use alloc::string::String;
use core::fmt;

use pycopy_parser::ast::Span;
use pycopy_parser::ParseError;

/// Why a source could not be compiled.
#[derive(Clone, PartialEq, Eq, Debug, thiserror::Error)]
pub enum CompileError {
    /// The lexer or parser rejected the source (see
    /// [`ParseError::incomplete`] for the REPL's "read more" case).
    #[error(transparent)]
    Parse(#[from] ParseError),
    /// A `SyntaxError` found after parsing (scope rules, limits).
    #[error("{message}")]
    Syntax {
        /// The message, in CPython 3.11's words where it has some.
        message: String,
        /// Where (byte offsets into the source).
        span: Span,
    },
}

impl CompileError {
    /// A compile-time `SyntaxError`.
    pub fn syntax(message: impl Into<String>, span: Span) -> Self {
        CompileError::Syntax {
            message: message.into(),
            span,
        }
    }

    /// True when more input could make the source valid (REPL continuation).
    pub fn incomplete(&self) -> bool {
        match self {
            CompileError::Parse(e) => e.incomplete,
            CompileError::Syntax { .. } => false,
        }
    }

    /// Where the error is.
    pub fn span(&self) -> Span {
        match self {
            CompileError::Parse(e) => e.span,
            CompileError::Syntax { span, .. } => *span,
        }
    }

    /// The bare message.
    pub fn message(&self) -> &str {
        match self {
            CompileError::Parse(e) => &e.message,
            CompileError::Syntax { message, .. } => message,
        }
    }

    /// The Python exception class name (`SyntaxError`, `IndentationError`,
    /// `TabError`).
    pub fn exception_name(&self) -> &'static str {
        match self {
            CompileError::Parse(e) => e.kind.exception_name(),
            CompileError::Syntax { .. } => "SyntaxError",
        }
    }

    /// 1-based line and column (in characters) of the error's start.
    pub fn line_col(&self, source: &str) -> (u32, u32) {
        line_col(source, self.span().start)
    }

    /// Formats as `File "name", line L, column C: SyntaxError: message`
    /// (the parser's format).
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
    err: &'a CompileError,
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
            self.err.exception_name(),
            self.err.message()
        )
    }
}

/// 1-based line and character column of byte `offset` in `source` (lines
/// end at `\n`, `\r\n` or a lone `\r`, as the lexer counts them).
pub(crate) fn line_col(source: &str, offset: u32) -> (u32, u32) {
    let mut line = 1u32;
    let mut col = 1u32;
    let mut prev_cr = false;
    for (i, ch) in source.char_indices() {
        if i >= offset as usize {
            break;
        }
        match ch {
            '\n' if prev_cr => {}
            '\n' => {
                line += 1;
                col = 1;
            }
            '\r' => {
                line += 1;
                col = 1;
                prev_cr = true;
                continue;
            }
            _ => col += 1,
        }
        prev_cr = false;
    }
    (line, col)
}

/// Byte offsets where each line starts, for the line table.
#[derive(Debug, Default)]
pub(crate) struct Lines {
    starts: alloc::vec::Vec<u32>,
}

impl Lines {
    pub(crate) fn new(source: &str) -> Self {
        let b = source.as_bytes();
        let mut starts = alloc::vec![0u32];
        let mut i = 0usize;
        while let Some(&c) = b.get(i) {
            i += 1;
            if c == b'\n' || (c == b'\r' && b.get(i) != Some(&b'\n')) {
                starts.push(u32::try_from(i).unwrap_or(u32::MAX));
            }
        }
        Lines { starts }
    }

    /// 1-based line of byte `offset`.
    pub(crate) fn line(&self, offset: u32) -> u32 {
        u32::try_from(self.starts.partition_point(|&s| s <= offset)).unwrap_or(u32::MAX)
    }
}
