//! Numeric literals: forms, errors and values.

use alloc::string::String;
use rstest::rstest;

use super::*;

#[rstest]
#[case("0", TokenKind::Int)]
#[case("00", TokenKind::Int)]
#[case("0_0", TokenKind::Int)]
#[case("7", TokenKind::Int)]
#[case("1_000_000", TokenKind::Int)]
#[case("0x1F", TokenKind::Int)]
#[case("0XdeadBEEF", TokenKind::Int)]
#[case("0x_1", TokenKind::Int)]
#[case("0o17", TokenKind::Int)]
#[case("0O7_7", TokenKind::Int)]
#[case("0b1010", TokenKind::Int)]
#[case("0B_1_0", TokenKind::Int)]
#[case("1.", TokenKind::Float)]
#[case(".5", TokenKind::Float)]
#[case("1.5", TokenKind::Float)]
#[case("1e5", TokenKind::Float)]
#[case("1E+5", TokenKind::Float)]
#[case("1.5E-3", TokenKind::Float)]
#[case(".5e1_0", TokenKind::Float)]
#[case("1_0.2_5", TokenKind::Float)]
#[case("012.5", TokenKind::Float)]
#[case("012e3", TokenKind::Float)]
#[case("00.0", TokenKind::Float)]
#[case("1.e5", TokenKind::Float)]
#[case("1j", TokenKind::Imaginary)]
#[case("1.5J", TokenKind::Imaginary)]
#[case(".5j", TokenKind::Imaginary)]
#[case("1e3j", TokenKind::Imaginary)]
#[case("012j", TokenKind::Imaginary)]
#[case("1.j", TokenKind::Imaginary)]
fn forms(#[case] src: &str, #[case] kind: TokenKind) {
    let toks = tokenize(src).unwrap();
    assert_eq!(toks[0].kind, kind, "{src}");
    assert_eq!(toks[0].span, Span::new(0, src.len() as u32), "{src}");
    assert_eq!(toks[1].kind, TokenKind::Newline);
}

#[rstest]
#[case("1.0.real", "Float:1.0 . Name:real NL EOF")]
#[case("1 .real", "Int:1 . Name:real NL EOF")]
#[case("1..real", "Float:1. . Name:real NL EOF")]
#[case("x[1:2]", "Name:x [ Int:1 : Int:2 ] NL EOF")]
#[case("1+2j", "Int:1 + Imaginary:2j NL EOF")]
#[case("1-1e-1", "Int:1 - Float:1e-1 NL EOF")]
#[case("a.b.c1", "Name:a . Name:b . Name:c1 NL EOF")]
// The parser rejects these, as CPython's does.
#[case("0b1.5", "Int:0b1 Float:.5 NL EOF")]
#[case("0x1.5", "Int:0x1 Float:.5 NL EOF")]
fn in_context(#[case] src: &str, #[case] want: &str) {
    assert_eq!(dump(src), want);
}

#[rstest]
#[case("012", LexErrorKind::LeadingZeros, (0, 3))]
#[case("0_7", LexErrorKind::LeadingZeros, (0, 3))]
#[case("1abc", LexErrorKind::InvalidNumber("decimal"), (0, 2))]
#[case("1if x else y", LexErrorKind::InvalidNumber("decimal"), (0, 2))]
#[case("1__0", LexErrorKind::InvalidNumber("decimal"), (0, 2))]
#[case("1_", LexErrorKind::InvalidNumber("decimal"), (0, 2))]
#[case("1_.5", LexErrorKind::InvalidNumber("decimal"), (0, 2))]
#[case("1._5", LexErrorKind::InvalidNumber("decimal"), (0, 3))]
#[case("1e", LexErrorKind::InvalidNumber("decimal"), (0, 2))]
#[case("1ex", LexErrorKind::InvalidNumber("decimal"), (0, 3))]
#[case("1e€", LexErrorKind::InvalidNumber("decimal"), (0, 2))]
#[case("1e+", LexErrorKind::InvalidNumber("decimal"), (0, 3))]
#[case("1.real", LexErrorKind::InvalidNumber("decimal"), (0, 3))]
#[case("1jx", LexErrorKind::InvalidNumber("decimal"), (0, 3))]
#[case("1é", LexErrorKind::InvalidNumber("decimal"), (0, 3))]
#[case("0x", LexErrorKind::InvalidNumber("hexadecimal"), (0, 2))]
#[case("0xg", LexErrorKind::InvalidNumber("hexadecimal"), (0, 3))]
#[case("0x1g", LexErrorKind::InvalidNumber("hexadecimal"), (0, 4))]
#[case("0x__1", LexErrorKind::InvalidNumber("hexadecimal"), (0, 3))]
#[case("0x1_", LexErrorKind::InvalidNumber("hexadecimal"), (0, 4))]
#[case("0o8", LexErrorKind::InvalidDigit { digit: '8', base: "octal" }, (0, 3))]
#[case("0o19", LexErrorKind::InvalidDigit { digit: '9', base: "octal" }, (0, 4))]
#[case("0b12", LexErrorKind::InvalidDigit { digit: '2', base: "binary" }, (0, 4))]
#[case("0b", LexErrorKind::InvalidNumber("binary"), (0, 2))]
#[case("0o", LexErrorKind::InvalidNumber("octal"), (0, 2))]
fn errors(#[case] src: &str, #[case] kind: LexErrorKind, #[case] span: (u32, u32)) {
    let e = error(src);
    assert_eq!(e.kind, kind, "{src}");
    assert_eq!(e.span, Span::new(span.0, span.1), "{src}");
}

#[rstest]
#[case("0", IntValue::Small(0))]
#[case("00", IntValue::Small(0))]
#[case("1_000", IntValue::Small(1000))]
#[case("0x_fF", IntValue::Small(255))]
#[case("0o777", IntValue::Small(511))]
#[case("0B101", IntValue::Small(5))]
#[case("9223372036854775807", IntValue::Small(i64::MAX))]
#[case("9223372036854775808", IntValue::Big { radix: 10, digits: String::from("9223372036854775808") })]
#[case("0xFFFF_FFFF_FFFF_FFFF", IntValue::Big { radix: 16, digits: String::from("FFFFFFFFFFFFFFFF") })]
#[case("0b1_0000000000000000000000000000000000000000000000000000000000000000", IntValue::Big { radix: 2, digits: String::from("10000000000000000000000000000000000000000000000000000000000000000") })]
fn int_values(#[case] text: &str, #[case] want: IntValue) {
    assert_eq!(int_value(text), Ok(want));
}

#[rstest]
#[case("")]
#[case("0x")]
#[case("12a")]
#[case("0b2")]
fn int_value_rejects_non_literals(#[case] text: &str) {
    assert!(int_value(text).is_err());
}

#[rstest]
#[case("1.", 1.0)]
#[case(".5", 0.5)]
#[case("1_0.2_5", 10.25)]
#[case("1e5", 1e5)]
#[case("1.5E-3", 1.5e-3)]
#[case("1.e2", 100.0)]
#[case("012.5", 12.5)]
#[case("1e400", f64::INFINITY)]
fn float_values(#[case] text: &str, #[case] want: f64) {
    assert_eq!(float_value(text), Ok(want));
}

#[rstest]
#[case("1j", 1.0)]
#[case("1.5J", 1.5)]
#[case("1_0e-1j", 1.0)]
#[case("012j", 12.0)]
fn imag_values(#[case] text: &str, #[case] want: f64) {
    assert_eq!(imag_value(text), Ok(want));
}

#[test]
fn value_helpers_reject_junk() {
    assert!(float_value("abc").is_err());
    assert!(imag_value("1").is_err());
    assert!(imag_value("j").is_err());
}
