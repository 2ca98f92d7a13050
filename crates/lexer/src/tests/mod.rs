//! Unit tests for the lexer (rstest tables), one file per topic.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::*;

mod fstrings;
mod indent;
mod line_index;
mod numbers;
mod strings;
mod tokens;

/// Tokens as `Kind:text` (for tokens with text) or their spelling, with
/// `NL`, `IN`, `DE`, `EOF` for the layout tokens; or the error and its span.
pub(super) fn dump(src: &str) -> String {
    match tokenize(src) {
        Ok(toks) => render(src, &toks),
        Err(e) => format!("error: {} at {:?}", e, e.span),
    }
}

/// Like [`dump`] for [`tokenize_expr`] over the whole source.
pub(super) fn dump_expr(src: &str) -> String {
    match tokenize_expr(src, Span::new(0, src.len() as u32)) {
        Ok(toks) => render(src, &toks),
        Err(e) => format!("error: {} at {:?}", e, e.span),
    }
}

pub(super) fn render(src: &str, toks: &[Token]) -> String {
    let parts: Vec<String> = toks
        .iter()
        .map(|t| match t.kind {
            TokenKind::Name
            | TokenKind::Int
            | TokenKind::Float
            | TokenKind::Imaginary
            | TokenKind::String => format!("{:?}:{}", t.kind, t.span.text(src)),
            TokenKind::Newline => String::from("NL"),
            TokenKind::Indent => String::from("IN"),
            TokenKind::Dedent => String::from("DE"),
            TokenKind::EndOfFile => String::from("EOF"),
            k => String::from(k.describe()),
        })
        .collect();
    parts.join(" ")
}

/// The error of lexing `src` (panics if it lexes).
pub(super) fn error(src: &str) -> LexError {
    match tokenize(src) {
        Ok(toks) => panic!("expected an error, got {}", render(src, &toks)),
        Err(e) => e,
    }
}

/// The single string token of `src`.
pub(super) fn string_token(src: &str) -> Token {
    let toks = tokenize(src).unwrap();
    let strings: Vec<Token> = toks
        .into_iter()
        .filter(|t| t.kind == TokenKind::String)
        .collect();
    assert_eq!(strings.len(), 1, "{src}");
    strings[0]
}
