//! String and bytes literals: prefixes, quotes, escapes and decoding.

use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use rstest::rstest;

use super::*;

const R: u8 = StrFlags::RAW;
const B: u8 = StrFlags::BYTES;
const F: u8 = StrFlags::FORMAT;
const U: u8 = StrFlags::UNICODE;
const T: u8 = StrFlags::TRIPLE;
const D: u8 = StrFlags::DOUBLE;

#[rstest]
#[case("''", 0, 1)]
#[case("\"\"", D, 1)]
#[case("'''a'''", T, 3)]
#[case("\"\"\"a\"\"\"", T | D, 3)]
#[case("r'a'", R, 2)]
#[case("R'a'", R, 2)]
#[case("u'a'", U, 2)]
#[case("U'a'", U, 2)]
#[case("b'a'", B, 2)]
#[case("B'a'", B, 2)]
#[case("f'a'", F, 2)]
#[case("F'a'", F, 2)]
#[case("rb'a'", R | B, 3)]
#[case("rB'a'", R | B, 3)]
#[case("Rb'a'", R | B, 3)]
#[case("RB'a'", R | B, 3)]
#[case("br'a'", R | B, 3)]
#[case("bR'a'", R | B, 3)]
#[case("Br'a'", R | B, 3)]
#[case("BR'a'", R | B, 3)]
#[case("fr'a'", R | F, 3)]
#[case("fR'a'", R | F, 3)]
#[case("Fr'a'", R | F, 3)]
#[case("FR'a'", R | F, 3)]
#[case("rf'a'", R | F, 3)]
#[case("rF'a'", R | F, 3)]
#[case("Rf'a'", R | F, 3)]
#[case("RF'a'", R | F, 3)]
#[case("rb\"\"\"a\"\"\"", R | B | T | D, 5)]
fn prefixes(#[case] src: &str, #[case] flags: u8, #[case] body_start: u32) {
    let toks = tokenize(src).unwrap();
    assert_eq!(toks[0].kind, TokenKind::String, "{src}");
    assert_eq!(toks[0].flags, StrFlags(flags), "{src}");
    assert_eq!(toks[0].span, Span::new(0, src.len() as u32));
    assert_eq!(string_body(src, toks[0]).start, body_start, "{src}");
}

#[rstest]
// Not string prefixes: a name followed by a string.
#[case("ub'a'", "Name:ub String:'a' NL EOF")]
#[case("uf'a'", "Name:uf String:'a' NL EOF")]
#[case("ur'a'", "Name:ur String:'a' NL EOF")]
#[case("bf'a'", "Name:bf String:'a' NL EOF")]
#[case("rr'a'", "Name:rr String:'a' NL EOF")]
#[case("bb'a'", "Name:bb String:'a' NL EOF")]
#[case("rbf'a'", "Name:rbf String:'a' NL EOF")]
#[case("x'a'", "Name:x String:'a' NL EOF")]
// Adjacent literals stay separate tokens.
#[case("'a' \"b\" '''c'''", "String:'a' String:\"b\" String:'''c''' NL EOF")]
#[case("'a''b'", "String:'a' String:'b' NL EOF")]
#[case("''''''", "String:'''''' NL EOF")]
#[case("'''a''''", "error: unterminated string literal at 7..8")]
#[case("'''a\nb\n'''\nx", "String:'''a\nb\n''' NL Name:x NL EOF")]
#[case(
    "'it\\'s' \"say \\\"hi\\\"\"",
    "String:'it\\'s' String:\"say \\\"hi\\\"\" NL EOF"
)]
#[case("'a\\\nb'", "String:'a\\\nb' NL EOF")]
#[case("r'\\''", "String:r'\\'' NL EOF")]
#[case("r'a\\\nb'", "String:r'a\\\nb' NL EOF")]
#[case("'\"' \"'\"", "String:'\"' String:\"'\" NL EOF")]
fn string_tokens(#[case] src: &str, #[case] want: &str) {
    assert_eq!(dump(src), want);
}

#[rstest]
#[case("'abc", LexErrorKind::UnterminatedString, (0, 4), false)]
#[case("'abc\nd'", LexErrorKind::UnterminatedString, (0, 4), false)]
#[case("r'\\'", LexErrorKind::UnterminatedString, (0, 4), false)]
#[case("'''abc\n", LexErrorKind::UnterminatedTripleString, (0, 7), true)]
#[case("x = \"\"\"a\"\"", LexErrorKind::UnterminatedTripleString, (4, 10), true)]
#[case("'\\x4'", LexErrorKind::BadEscape(EscapeError::TruncatedHex), (1, 4), false)]
#[case("'\\x'", LexErrorKind::BadEscape(EscapeError::TruncatedHex), (1, 3), false)]
#[case("'\\u12'", LexErrorKind::BadEscape(EscapeError::TruncatedUnicode4), (1, 5), false)]
#[case("'\\U0000001'", LexErrorKind::BadEscape(EscapeError::TruncatedUnicode8), (1, 10), false)]
#[case("'\\U00110000'", LexErrorKind::BadEscape(EscapeError::OutOfRange), (1, 11), false)]
#[case("'\\ud800'", LexErrorKind::BadEscape(EscapeError::Surrogate), (1, 7), false)]
#[case("'\\N{DASH}'", LexErrorKind::UnsupportedNamedEscape, (1, 9), false)]
#[case("f'\\N{DASH}'", LexErrorKind::UnsupportedNamedEscape, (2, 10), false)]
#[case("b'\\x'", LexErrorKind::BadEscape(EscapeError::TruncatedHex), (2, 4), false)]
#[case("b'é'", LexErrorKind::NonAsciiInBytes, (2, 4), false)]
#[case("rb'é'", LexErrorKind::NonAsciiInBytes, (3, 5), false)]
#[case("b'''\n€'''", LexErrorKind::NonAsciiInBytes, (5, 8), false)]
// Found by the fuzzer: a raw backslash must not skip into a multibyte char.
#[case("rb'\\\u{feff}'", LexErrorKind::NonAsciiInBytes, (4, 7), false)]
#[case("rb'''\\é'''", LexErrorKind::NonAsciiInBytes, (6, 8), false)]
fn string_errors(
    #[case] src: &str,
    #[case] kind: LexErrorKind,
    #[case] span: (u32, u32),
    #[case] incomplete: bool,
) {
    let e = error(src);
    assert_eq!(e.kind, kind, "{src}");
    assert_eq!(e.span, Span::new(span.0, span.1), "{src}");
    assert_eq!(e.is_incomplete(), incomplete, "{src}");
}

#[rstest]
#[case("'abc'", "abc")]
#[case("''", "")]
#[case("'\\\\'", "\\")]
#[case("'\\''", "'")]
#[case("'\\\"'", "\"")]
#[case("'\\a\\b\\f\\n\\r\\t\\v'", "\x07\x08\x0c\n\r\t\x0b")]
#[case("'\\0'", "\0")]
#[case("'\\101\\7\\18'", "A\x07\x018")]
#[case("'\\777'", "\u{1ff}")]
#[case("'\\x41\\xe9'", "Aé")]
#[case("'\\u00e9\\u20AC'", "é€")]
#[case("'\\U0001F600'", "\u{1F600}")]
#[case("'a\\\nb'", "ab")]
#[case("'''a\\\r\nb'''", "ab")]
#[case("'''a\r\nb\rc'''", "a\nb\nc")]
// Unknown escapes keep the backslash, as CPython does.
#[case("'\\d\\q\\é'", "\\d\\q\\é")]
#[case("'\\8\\9'", "\\8\\9")]
// Raw strings are untouched.
#[case("r'\\n\\x\\'\\\\'", "\\n\\x\\'\\\\")]
#[case("R'''\\N{X}'''", "\\N{X}")]
#[case("u'é'", "é")]
#[case("r'\\é'", "\\é")]
#[case("'日本\\t語'", "日本\t語")]
fn decode_strings(#[case] src: &str, #[case] want: &str) {
    let tok = string_token(src);
    assert_eq!(decode_str(src, tok), Ok(String::from(want)), "{src}");
}

#[rstest]
#[case("b'abc'", vec![b'a', b'b', b'c'])]
#[case("b'\\x00\\xff\\n'", vec![0, 255, 10])]
#[case("b'\\777\\101'", vec![255, 65])]
#[case("b'\\u1234'", b"\\u1234".to_vec())]
#[case("b'\\N{DASH}'", b"\\N{DASH}".to_vec())]
#[case("b'\\q'", b"\\q".to_vec())]
#[case("B'''a\r\nb\\\nc'''", b"a\nbc".to_vec())]
#[case("rb'\\x00'", b"\\x00".to_vec())]
#[case("br'\\''", b"\\'".to_vec())]
fn decode_bytes_literals(#[case] src: &str, #[case] want: Vec<u8>) {
    let tok = string_token(src);
    assert_eq!(decode_bytes(src, tok), Ok(want), "{src}");
}

#[test]
fn decode_str_reports_bad_escape_spans_absolutely() {
    // A token built by hand (not from the lexer) with a bad escape: the
    // decoder reports rather than panics, with a span into the source.
    let src = "x = '\\x4'";
    let tok = Token {
        kind: TokenKind::String,
        flags: StrFlags(0),
        span: Span::new(4, 9),
    };
    let e = decode_str(src, tok).unwrap_err();
    assert_eq!(e.kind, LexErrorKind::BadEscape(EscapeError::TruncatedHex));
    assert_eq!(e.span, Span::new(5, 8));
}

#[test]
fn helpers_on_non_string_tokens_do_not_panic() {
    let src = "ab";
    let tok = tokenize(src).unwrap()[0];
    let body = string_body(src, tok);
    assert!(body.start <= body.end && body.end <= 2);
    assert!(decode_str(src, tok).is_ok());
    assert!(decode_bytes(src, tok).is_ok());
    assert!(fstring_parts(src, tok).is_ok());
}
