//! INDENT/DEDENT, blank lines, comments and tabs.

use rstest::rstest;

use super::*;

#[rstest]
#[case("if a:\n    b\n", "if Name:a : NL IN Name:b NL DE EOF")]
#[case("if a:\n    b", "if Name:a : NL IN Name:b NL DE EOF")]
// Several levels closed at once, and at the end of input.
#[case(
    "a\n b\n  c\n   d\ne\n",
    "Name:a NL IN Name:b NL IN Name:c NL IN Name:d NL DE DE DE Name:e NL EOF"
)]
#[case("a\n b\n  c\n", "Name:a NL IN Name:b NL IN Name:c NL DE DE EOF")]
#[case(
    "a\n    b\n  c\n",
    "error: unindent does not match any outer indentation level at 8..10"
)]
#[case(
    "a\n    b\n        c\n    d\ne",
    "Name:a NL IN Name:b NL IN Name:c NL DE Name:d NL DE Name:e NL EOF"
)]
// Blank lines and comment lines at any indentation produce nothing.
#[case(
    "if a:\n\n   # odd\n        \n    b\n# x\n  # y\n    c\nd\n",
    "if Name:a : NL IN Name:b NL Name:c NL DE Name:d NL EOF"
)]
#[case("if a:\n    b\n    \n", "if Name:a : NL IN Name:b NL DE EOF")]
#[case("  x\n", "IN Name:x NL DE EOF")]
// Tabs count to the next multiple of 8, consistently used.
#[case("if a:\n\tb\n\tc\n", "if Name:a : NL IN Name:b NL Name:c NL DE EOF")]
#[case(
    "if a:\n\tb\n\t\tc\n\td\n",
    "if Name:a : NL IN Name:b NL IN Name:c NL DE Name:d NL DE EOF"
)]
#[case(
    "if a:\n  \tb\n  \tc\n",
    "if Name:a : NL IN Name:b NL Name:c NL DE EOF"
)]
// A form feed resets the column.
#[case("a\n\x0c b\n", "Name:a NL IN Name:b NL DE EOF")]
#[case("a\n   \x0cb\n", "Name:a NL Name:b NL EOF")]
// CRLF line ends.
#[case(
    "if a:\r\n    b\r\nc\r\n",
    "if Name:a : NL IN Name:b NL DE Name:c NL EOF"
)]
fn layout(#[case] src: &str, #[case] want: &str) {
    assert_eq!(dump(src), want);
}

#[test]
fn layout_token_spans() {
    let src = "if a:\n    b\nc\n";
    let toks = tokenize(src).unwrap();
    let spans: Vec<(TokenKind, Span)> = toks.iter().map(|t| (t.kind, t.span)).collect();
    assert_eq!(
        spans,
        [
            (TokenKind::If, Span::new(0, 2)),
            (TokenKind::Name, Span::new(3, 4)),
            (TokenKind::Colon, Span::new(4, 5)),
            (TokenKind::Newline, Span::new(5, 6)),
            (TokenKind::Indent, Span::empty(6)),
            (TokenKind::Name, Span::new(10, 11)),
            (TokenKind::Newline, Span::new(11, 12)),
            (TokenKind::Dedent, Span::empty(12)),
            (TokenKind::Name, Span::new(12, 13)),
            (TokenKind::Newline, Span::new(13, 14)),
            (TokenKind::EndOfFile, Span::empty(14)),
        ]
    );
    // Without a final newline the NEWLINE is empty at the end.
    let toks = tokenize("x").unwrap();
    assert_eq!(toks[1].kind, TokenKind::Newline);
    assert_eq!(toks[1].span, Span::empty(1));
}

#[rstest]
// Eight spaces versus one tab: same column, different meaning with tab size 1.
#[case("if a:\n        b\n\tc\n", (16, 17))]
// A tab then spaces that would only be deeper with tab size 8.
#[case("if a:\n    b\n\tc\n", (12, 13))]
// Deeper by tab size 8 but shallower with tab size 1.
#[case("if a:\n        b\n\t c\n", (16, 18))]
// A dedent that lands on a level with a different tab/space mix.
#[case("if a:\n\tif b:\n\t\tc\n        d\n", (17, 25))]
fn tab_space_mix(#[case] src: &str, #[case] span: (u32, u32)) {
    let e = error(src);
    assert_eq!(e.kind, LexErrorKind::TabSpaceMix);
    assert_eq!(e.span, Span::new(span.0, span.1));
    assert!(!e.is_incomplete());
}

#[rstest]
#[case("if a:\n    b\n  c\n", (12, 14))]
#[case("if a:\n  if b:\n      c\n    d\n", (22, 26))]
fn inconsistent_dedent(#[case] src: &str, #[case] span: (u32, u32)) {
    let e = error(src);
    assert_eq!(e.kind, LexErrorKind::InconsistentDedent);
    assert_eq!(e.span, Span::new(span.0, span.1));
}
