//! f-string bodies: literal parts, fields, conversions, specs, errors.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use rstest::rstest;

use super::*;

/// Parts as `'literal'` and `{expr[=][!c][:spec]}` with the expression text
/// sliced from the source and the spec shown as `[parts]`.
fn show(src: &str, parts: &[FStringPart]) -> String {
    let items: Vec<String> = parts
        .iter()
        .map(|p| match p {
            FStringPart::Literal(s) => format!("{s:?}"),
            FStringPart::Field(f) => {
                let mut out = format!("{{{}", f.expr.text(src));
                if f.debug {
                    out.push('=');
                }
                if let Some(c) = f.conversion {
                    out.push('!');
                    out.push(c);
                }
                if let Some(spec) = &f.spec {
                    out.push_str(&format!(":[{}]", show(src, spec)));
                }
                out.push('}');
                out
            }
        })
        .collect();
    items.join(" ")
}

fn parts(src: &str) -> Result<String, LexError> {
    let tok = string_token(src);
    assert!(tok.flags.is_format());
    fstring_parts(src, tok).map(|p| show(src, &p))
}

#[rstest]
#[case("f''", "")]
#[case("f'abc'", "\"abc\"")]
#[case("f'{x}'", "{x}")]
#[case("f'a{x}b'", "\"a\" {x} \"b\"")]
#[case("f'{x}{y}'", "{x} {y}")]
#[case("f'{{'", "\"{\"")]
#[case("f'}}'", "\"}\"")]
#[case("f'a{{b}}c'", "\"a{b}c\"")]
#[case("f'{{{x}}}'", "\"{\" {x} \"}\"")]
#[case("f'{ x + 1 }'", "{ x + 1 }")]
#[case("f'{x!r}'", "{x!r}")]
#[case("f'{x!s}'", "{x!s}")]
#[case("f'{x!a}'", "{x!a}")]
#[case("f'{x:>10}'", "{x:[\">10\"]}")]
#[case("f'{x!r:^{w}}'", "{x!r:[\"^\" {w}]}")]
#[case("f'{x:{y:3}}'", "{x:[{y:[\"3\"]}]}")]
// In a spec braces are never doubled: `{{}}` is a field holding `{}`.
#[case("f'{x!r:{{}}}'", "{x!r:[{{}}]}")]
#[case("f'{x:>{width}.{prec}f}'", "{x:[\">\" {width} \".\" {prec} \"f\"]}")]
#[case("f'{x:}'", "{x:[]}")]
#[case("f'{x=}'", "{x=}")]
#[case("f'{x = }'", "{x =}")]
#[case("f'{x=!r:5}'", "{x=!r:[\"5\"]}")]
#[case("f'{a==b}'", "{a==b}")]
#[case("f'{a!=b}'", "{a!=b}")]
#[case("f'{a<=b>=c}'", "{a<=b>=c}")]
#[case("f'{d[\"k\"]}'", "{d[\"k\"]}")]
#[case("f'{f(a, b=1)}'", "{f(a, b=1)}")]
#[case("f'{ {1: 2}[1] }'", "{ {1: 2}[1] }")]
#[case("f'{x[1:2]}'", "{x[1:2]}")]
#[case("f'{\"}\" + \"{\"}'", "{\"}\" + \"{\"}")]
#[case("f'''{'a'!r}'''", "{'a'!r}")]
#[case("f'{x:{{}}'", "error")]
#[case("f'\\n{x}\\t'", "\"\\n\" {x} \"\\t\"")]
#[case("rf'\\n{x}'", "\"\\\\n\" {x}")]
#[case("f'é{x}ü'", "\"é\" {x} \"ü\"")]
#[case("f'''a\r\nb{x}'''", "\"a\\nb\" {x}")]
fn splitting(#[case] src: &str, #[case] want: &str) {
    match parts(src) {
        Ok(got) => assert_eq!(got, want, "{src}"),
        Err(e) => assert_eq!("error", want, "{src}: {e}"),
    }
}

#[rstest]
#[case("f'}'", LexErrorKind::FStringSingleBrace, (2, 3))]
#[case("f'a}b'", LexErrorKind::FStringSingleBrace, (3, 4))]
#[case("f'{}'", LexErrorKind::FStringEmptyExpression, (2, 4))]
#[case("f'{ }'", LexErrorKind::FStringEmptyExpression, (2, 5))]
#[case("f'{!r}'", LexErrorKind::FStringEmptyExpression, (2, 4))]
#[case("f'{x'", LexErrorKind::FStringUnterminatedField, (2, 4))]
#[case("f'{'", LexErrorKind::FStringUnterminatedField, (2, 3))]
#[case("f'{x!}'", LexErrorKind::FStringBadConversion, (4, 6))]
#[case("f'{x!z}'", LexErrorKind::FStringBadConversion, (4, 6))]
#[case("f'{x!rr}'", LexErrorKind::FStringBadConversion, (4, 6))]
#[case("f'{x!r'", LexErrorKind::FStringBadConversion, (4, 6))]
#[case("f'{x:{y'", LexErrorKind::FStringUnterminatedField, (5, 7))]
#[case("f'{x:'", LexErrorKind::FStringUnterminatedField, (5, 5))]
#[case("f'{x:{y:{z}}}'", LexErrorKind::FStringTooDeep, (8, 9))]
#[case("f'{x:}}'", LexErrorKind::FStringSingleBrace, (6, 7))]
#[case("f'{x#}'", LexErrorKind::FStringHash, (4, 5))]
#[case("f'{\"\\n\"}'", LexErrorKind::FStringBackslash, (4, 5))]
#[case("f'{x)}'", LexErrorKind::FStringUnmatched(')'), (4, 5))]
#[case("f'''{\"a}'''", LexErrorKind::FStringUnterminatedString, (5, 8))]
fn errors(#[case] src: &str, #[case] kind: LexErrorKind, #[case] span: (u32, u32)) {
    let e = parts(src).unwrap_err();
    assert_eq!(e.kind, kind, "{src}");
    assert_eq!(e.span, Span::new(span.0, span.1), "{src}");
}

#[test]
fn field_spans_and_expression_tokens() {
    let src = "x = f'ab{c + 1!r:>{w}}'";
    let tok = string_token(src);
    let parts = fstring_parts(src, tok).unwrap();
    let FStringPart::Field(field) = &parts[1] else {
        panic!("expected a field");
    };
    assert_eq!(field.span.text(src), "{c + 1!r:>{w}}");
    assert_eq!(field.expr.text(src), "c + 1");
    assert_eq!(field.conversion, Some('r'));
    assert!(!field.debug);
    let toks = tokenize_expr(src, field.expr).unwrap();
    assert_eq!(render(src, &toks), "Name:c + Int:1 EOF");
    let spec = field.spec.as_ref().unwrap();
    let FStringPart::Field(inner) = &spec[1] else {
        panic!("expected a nested field");
    };
    assert_eq!(inner.span.text(src), "{w}");
    assert_eq!(inner.expr.text(src), "w");
}

#[rstest]
#[case("f'{x=}'", "x=")]
#[case("f'{ x = }'", " x = ")]
#[case("f'{x =!r}'", "x =")]
#[case("f'{a+b=:>5}'", "a+b=")]
fn debug_text(#[case] src: &str, #[case] want: &str) {
    let tok = string_token(src);
    let parts = fstring_parts(src, tok).unwrap();
    let FStringPart::Field(field) = &parts[0] else {
        panic!("expected a field");
    };
    assert!(field.debug);
    assert_eq!(field.debug_text(src), want);
}

#[test]
fn fstring_with_quotes_of_the_other_kind_lexes_as_one_token() {
    assert_eq!(
        dump("f\"{d['k']}\" 'x'"),
        "String:f\"{d['k']}\" String:'x' NL EOF"
    );
}
