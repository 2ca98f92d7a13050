//! Unit tests for the lexer (rstest tables), grouped by topic.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use rstest::rstest;

use crate::*;

/// Tokens as `Kind` or `Kind:text` (for tokens with text), space-separated.
fn dump(src: &str) -> String {
    match tokenize(src) {
        Ok(toks) => render(src, &toks),
        Err(e) => format!("error: {} at {:?}", e, e.span),
    }
}

fn render(src: &str, toks: &[Token]) -> String {
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

#[rstest]
#[case("x = 1\n", "Name:x = Int:1 NL EOF")]
#[case("if x:\n    y\nz\n", "if Name:x : NL IN Name:y NL DE Name:z NL EOF")]
fn smoke(#[case] src: &str, #[case] want: &str) {
    assert_eq!(dump(src), want);
}
