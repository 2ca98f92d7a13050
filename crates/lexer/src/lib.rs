//! pycopy-lexer: turns Python source text into [`Token`]s.
//!
//! A token is a small `Copy` value: a [`TokenKind`], a byte [`Span`] into the
//! source and, for strings, [`StrFlags`]. Token text is never copied; callers
//! slice it from the source. The lexer works on bytes with ASCII fast paths,
//! emits Python's layout tokens (NEWLINE, INDENT, DEDENT, end of file) and
//! validates string escapes as it goes, so the value helpers below fail only
//! on what lexing already reported. Line and column numbers are computed
//! only for messages, with [`LineIndex`].
//!
//! Entry points: [`tokenize`] for a file or REPL input, [`tokenize_expr`]
//! for an f-string replacement field.
//!
//! Modules:
//! - `token`: [`Token`], [`TokenKind`], [`Span`], [`StrFlags`] (the contract
//!   with the parser).
//! - `class`: byte class table used by the hot loops.
//! - `lexer`: the tokenizer loop: layout, names, keywords, operators.
//! - `number`: numeric literals: scanning and [`int_value`], [`float_value`],
//!   [`imag_value`].
//! - `string`: string/bytes prefixes, scanning with escape checks,
//!   [`string_body`], [`decode_str`], [`decode_bytes`].
//! - `fstring`: [`fstring_parts`]: f-string bodies split into literal parts
//!   and replacement fields.
//! - `error`: [`LexError`], [`LexErrorKind`], [`EscapeError`].
//! - `line_index`: [`LineIndex`], byte offset to (line, column).
//!
//! Approximations (documented where they live): non-ASCII identifiers start
//! with a char for which `char::is_alphabetic` holds and continue with
//! `char::is_alphanumeric` chars (close to, not exactly, XID_Start /
//! XID_Continue; combining marks are not accepted and no NFKC normalisation
//! is done, as in MicroPython); a number directly followed by a name char,
//! even a keyword (`1if`), is an error as in MicroPython.
#![no_std]
extern crate alloc;

mod class;
mod error;
mod fstring;
mod lexer;
mod line_index;
mod number;
mod string;
pub mod token;

#[cfg(test)]
mod tests;

use alloc::vec::Vec;

pub use error::{EscapeError, LexError, LexErrorKind};
pub use fstring::{fstring_parts, FStringField, FStringPart};
pub use line_index::LineIndex;
pub use number::{float_value, imag_value, int_value, IntValue};
pub use string::{decode_bytes, decode_str, string_body};
pub use token::{Span, StrFlags, Token, TokenKind};

/// Lex a whole file (or a complete REPL input).
///
/// Emits NEWLINE at the end of each logical line (none for blank or
/// comment-only lines), INDENT and DEDENT as empty spans at the start of
/// the line, a final NEWLINE (empty span) if the last line has tokens but no
/// newline, DEDENTs closing all blocks, then `EndOfFile`. A leading UTF-8
/// byte order mark is skipped.
pub fn tokenize(source: &str) -> Result<Vec<Token>, LexError> {
    if u32::try_from(source.len()).is_err() {
        return Err(LexError::new(LexErrorKind::SourceTooLarge, 0, 0));
    }
    let start = if source.starts_with('\u{feff}') { 3 } else { 0 };
    lexer::Lexer::new(source, start, source.len(), false).run_file()
}

/// Lex `source[span]` as if inside brackets: no layout tokens, newlines are
/// whitespace. Spans in the result are offsets into `source`; the last
/// token is `EndOfFile` (an empty span at `span.end`).
pub fn tokenize_expr(source: &str, span: Span) -> Result<Vec<Token>, LexError> {
    if u32::try_from(source.len()).is_err() {
        return Err(LexError::new(LexErrorKind::SourceTooLarge, 0, 0));
    }
    let (start, end) = (span.start as usize, span.end as usize);
    if source.get(start..end).is_none() {
        return Err(LexError {
            kind: LexErrorKind::InvalidSpan,
            span,
        });
    }
    lexer::Lexer::new(source, start, end, true).run_expr()
}
