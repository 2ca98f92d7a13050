//! Names, keywords, operators, brackets, comments and continuation lines.

use rstest::rstest;

use super::*;

#[rstest]
#[case("x = 1\n", "Name:x = Int:1 NL EOF")]
#[case("x", "Name:x NL EOF")]
#[case("", "EOF")]
#[case("\n\n  \n# only a comment\n", "EOF")]
#[case("# c", "EOF")]
#[case("a # trailing comment", "Name:a NL EOF")]
#[case("a\r\nb\rc\n", "Name:a NL Name:b NL Name:c NL EOF")]
#[case("print(x)", "Name:print ( Name:x ) NL EOF")]
#[case(
    "_a1 __b é ñame Ωmega x²",
    "Name:_a1 Name:__b Name:é Name:ñame Name:Ωmega Name:x² NL EOF"
)]
#[case("日本語 = 1", "Name:日本語 = Int:1 NL EOF")]
#[case("\u{feff}x", "Name:x NL EOF")]
#[case("a;b", "Name:a ; Name:b NL EOF")]
#[case("x\x0c= 1", "Name:x = Int:1 NL EOF")]
fn basic(#[case] src: &str, #[case] want: &str) {
    assert_eq!(dump(src), want);
}

#[rstest]
#[case("False", TokenKind::False)]
#[case("None", TokenKind::None)]
#[case("True", TokenKind::True)]
#[case("and", TokenKind::And)]
#[case("as", TokenKind::As)]
#[case("assert", TokenKind::Assert)]
#[case("async", TokenKind::Async)]
#[case("await", TokenKind::Await)]
#[case("break", TokenKind::Break)]
#[case("class", TokenKind::Class)]
#[case("continue", TokenKind::Continue)]
#[case("def", TokenKind::Def)]
#[case("del", TokenKind::Del)]
#[case("elif", TokenKind::Elif)]
#[case("else", TokenKind::Else)]
#[case("except", TokenKind::Except)]
#[case("finally", TokenKind::Finally)]
#[case("for", TokenKind::For)]
#[case("from", TokenKind::From)]
#[case("global", TokenKind::Global)]
#[case("if", TokenKind::If)]
#[case("import", TokenKind::Import)]
#[case("in", TokenKind::In)]
#[case("is", TokenKind::Is)]
#[case("lambda", TokenKind::Lambda)]
#[case("nonlocal", TokenKind::Nonlocal)]
#[case("not", TokenKind::Not)]
#[case("or", TokenKind::Or)]
#[case("pass", TokenKind::Pass)]
#[case("raise", TokenKind::Raise)]
#[case("return", TokenKind::Return)]
#[case("try", TokenKind::Try)]
#[case("while", TokenKind::While)]
#[case("with", TokenKind::With)]
#[case("yield", TokenKind::Yield)]
fn keywords(#[case] src: &str, #[case] kind: TokenKind) {
    let toks = tokenize(src).unwrap();
    assert_eq!(toks[0].kind, kind);
    assert_eq!(toks[0].span, Span::new(0, src.len() as u32));
    assert!(kind.is_keyword());
    // A longer or differently cased word is a plain name.
    let longer = alloc::format!("{src}x");
    assert_eq!(tokenize(&longer).unwrap()[0].kind, TokenKind::Name);
    let upper = src.to_uppercase();
    if upper != src {
        assert_eq!(tokenize(&upper).unwrap()[0].kind, TokenKind::Name);
    }
}

#[rstest]
#[case("print")]
#[case("match")]
#[case("case")]
#[case("_")]
#[case("type")]
#[case("exec")]
fn soft_and_former_keywords_are_names(#[case] src: &str) {
    assert_eq!(tokenize(src).unwrap()[0].kind, TokenKind::Name);
}

#[rstest]
#[case("(", TokenKind::LParen)]
#[case("[", TokenKind::LBracket)]
#[case("{", TokenKind::LBrace)]
#[case(":", TokenKind::Colon)]
#[case(",", TokenKind::Comma)]
#[case(";", TokenKind::Semicolon)]
#[case(".", TokenKind::Dot)]
#[case("...", TokenKind::Ellipsis)]
#[case("->", TokenKind::Arrow)]
#[case(":=", TokenKind::ColonEqual)]
#[case("+", TokenKind::Plus)]
#[case("-", TokenKind::Minus)]
#[case("*", TokenKind::Star)]
#[case("**", TokenKind::DoubleStar)]
#[case("/", TokenKind::Slash)]
#[case("//", TokenKind::DoubleSlash)]
#[case("%", TokenKind::Percent)]
#[case("@", TokenKind::At)]
#[case("&", TokenKind::Amper)]
#[case("|", TokenKind::Vbar)]
#[case("^", TokenKind::Circumflex)]
#[case("~", TokenKind::Tilde)]
#[case("<<", TokenKind::LeftShift)]
#[case(">>", TokenKind::RightShift)]
#[case("<", TokenKind::Less)]
#[case(">", TokenKind::Greater)]
#[case("<=", TokenKind::LessEqual)]
#[case(">=", TokenKind::GreaterEqual)]
#[case("==", TokenKind::EqEqual)]
#[case("!=", TokenKind::NotEqual)]
#[case("=", TokenKind::Equal)]
#[case("+=", TokenKind::PlusEqual)]
#[case("-=", TokenKind::MinusEqual)]
#[case("*=", TokenKind::StarEqual)]
#[case("**=", TokenKind::DoubleStarEqual)]
#[case("/=", TokenKind::SlashEqual)]
#[case("//=", TokenKind::DoubleSlashEqual)]
#[case("%=", TokenKind::PercentEqual)]
#[case("@=", TokenKind::AtEqual)]
#[case("&=", TokenKind::AmperEqual)]
#[case("|=", TokenKind::VbarEqual)]
#[case("^=", TokenKind::CircumflexEqual)]
#[case("<<=", TokenKind::LeftShiftEqual)]
#[case(">>=", TokenKind::RightShiftEqual)]
#[case("!", TokenKind::Exclamation)]
fn operators(#[case] src: &str, #[case] kind: TokenKind) {
    // Inside brackets so closing brackets alone are not errors.
    let toks = tokenize_expr(src, Span::new(0, src.len() as u32));
    let toks = match kind {
        TokenKind::LParen | TokenKind::LBracket | TokenKind::LBrace => {
            let e = toks.unwrap_err();
            assert!(matches!(e.kind, LexErrorKind::EofInBrackets(_)));
            let full = tokenize(&alloc::format!("{src}{}", closing(src))).unwrap();
            full[..1].to_vec()
        }
        _ => toks.unwrap(),
    };
    assert_eq!(toks[0].kind, kind);
    assert_eq!(toks[0].span, Span::new(0, src.len() as u32));
    assert_eq!(kind.describe(), src);
}

fn closing(open: &str) -> &'static str {
    match open {
        "(" => ")",
        "[" => "]",
        _ => "}",
    }
}

#[rstest]
#[case("a**=b", "Name:a **= Name:b NL EOF")]
#[case("a<<=b>>=c", "Name:a <<= Name:b >>= Name:c NL EOF")]
#[case("a->b:=c", "Name:a -> Name:b := Name:c NL EOF")]
#[case("a//=b//c", "Name:a //= Name:b // Name:c NL EOF")]
#[case("x.y", "Name:x . Name:y NL EOF")]
#[case("....", "... . NL EOF")]
#[case("a..b", "Name:a . . Name:b NL EOF")]
#[case("x[1:2, ...]", "Name:x [ Int:1 : Int:2 , ... ] NL EOF")]
#[case("a!=b", "Name:a != Name:b NL EOF")]
#[case("a<>b", "Name:a < > Name:b NL EOF")]
#[case("-1", "- Int:1 NL EOF")]
#[case("f(**kw)", "Name:f ( ** Name:kw ) NL EOF")]
fn operator_sequences(#[case] src: &str, #[case] want: &str) {
    assert_eq!(dump(src), want);
}

#[rstest]
// Implicit joining: no NEWLINE or INDENT inside brackets.
#[case("f(a,\n    b)\n", "Name:f ( Name:a , Name:b ) NL EOF")]
#[case(
    "x = [\n  1,\n# comment\n\n  2]\ny",
    "Name:x = [ Int:1 , Int:2 ] NL Name:y NL EOF"
)]
#[case("{a:\n(b\n[c\n])}\n", "{ Name:a : ( Name:b [ Name:c ] ) } NL EOF")]
// Backslash continuation.
#[case("x = 1 + \\\n    2\n", "Name:x = Int:1 + Int:2 NL EOF")]
#[case("x = 1 + \\\r\n 2", "Name:x = Int:1 + Int:2 NL EOF")]
#[case(
    "if a:\n    x = \\\n2\n    y\n",
    "if Name:a : NL IN Name:x = Int:2 NL Name:y NL DE EOF"
)]
#[case("(a \\\n b)", "( Name:a Name:b ) NL EOF")]
fn line_joining(#[case] src: &str, #[case] want: &str) {
    assert_eq!(dump(src), want);
}

#[rstest]
#[case("a + \\", LexErrorKind::EofAfterContinuation, (4, 5), true)]
#[case("a + \\\n", LexErrorKind::EofAfterContinuation, (4, 6), true)]
#[case("a \\ b", LexErrorKind::CharAfterContinuation, (2, 3), false)]
#[case("f(a,\n", LexErrorKind::EofInBrackets('('), (1, 2), true)]
#[case("[(\n", LexErrorKind::EofInBrackets('('), (1, 2), true)]
#[case("x)", LexErrorKind::UnmatchedBracket(')'), (1, 2), false)]
#[case("]", LexErrorKind::UnmatchedBracket(']'), (0, 1), false)]
#[case("}", LexErrorKind::UnmatchedBracket('}'), (0, 1), false)]
#[case("(]", LexErrorKind::MismatchedBracket { open: '(', close: ']' }, (1, 2), false)]
#[case("{)", LexErrorKind::MismatchedBracket { open: '{', close: ')' }, (1, 2), false)]
#[case("a $ b", LexErrorKind::InvalidCharacter('$'), (2, 3), false)]
#[case("a ? b", LexErrorKind::InvalidCharacter('?'), (2, 3), false)]
#[case("`a`", LexErrorKind::InvalidCharacter('`'), (0, 1), false)]
#[case("a\0", LexErrorKind::InvalidCharacter('\0'), (1, 2), false)]
#[case("x = 1\u{a0}", LexErrorKind::InvalidCharacter('\u{a0}'), (5, 7), false)]
#[case("€", LexErrorKind::InvalidCharacter('€'), (0, 3), false)]
fn errors(
    #[case] src: &str,
    #[case] kind: LexErrorKind,
    #[case] span: (u32, u32),
    #[case] incomplete: bool,
) {
    let e = error(src);
    assert_eq!(e.kind, kind);
    assert_eq!(e.span, Span::new(span.0, span.1));
    assert_eq!(e.is_incomplete(), incomplete);
}

#[rstest]
#[case(LexErrorKind::UnterminatedString, "unterminated string literal")]
#[case(
    LexErrorKind::InconsistentDedent,
    "unindent does not match any outer indentation level"
)]
#[case(
    LexErrorKind::TabSpaceMix,
    "inconsistent use of tabs and spaces in indentation"
)]
#[case(
    LexErrorKind::UnsupportedNamedEscape,
    "unicode name escapes are not supported"
)]
#[case(LexErrorKind::InvalidCharacter('$'), "invalid character '$' (U+0024)")]
#[case(LexErrorKind::EofInBrackets('['), "'[' was never closed")]
#[case(LexErrorKind::UnmatchedBracket(')'), "unmatched ')'")]
#[case(LexErrorKind::InvalidDigit { digit: '2', base: "binary" }, "invalid digit '2' in binary literal")]
#[case(LexErrorKind::InvalidNumber("decimal"), "invalid decimal literal")]
#[case(
    LexErrorKind::FStringSingleBrace,
    "f-string: single '}' is not allowed"
)]
fn messages(#[case] kind: LexErrorKind, #[case] want: &str) {
    let e = LexError {
        kind,
        span: Span::empty(0),
    };
    assert_eq!(alloc::format!("{e}"), want);
}

#[rstest]
#[case("a + (b\n", "Name:a + ( Name:b EOF", true)]
#[case("x = 1", "Name:x = Int:1 EOF", false)]
fn expr_mode(#[case] src: &str, #[case] want: &str, #[case] fails: bool) {
    if fails {
        assert!(dump_expr(src).starts_with("error: '(' was never closed"));
    } else {
        assert_eq!(dump_expr(src), want);
    }
}

#[rstest]
#[case("a +\n b\n", "Name:a + Name:b EOF")]
#[case(" x ", "Name:x EOF")]
#[case("", "EOF")]
#[case(
    "f(x)[0] if y else 'z'",
    "Name:f ( Name:x ) [ Int:0 ] if Name:y else String:'z' EOF"
)]
fn expr_newlines_are_whitespace(#[case] src: &str, #[case] want: &str) {
    assert_eq!(dump_expr(src), want);
}

#[test]
fn expr_spans_are_absolute() {
    let src = "prefix {a + bc} suffix";
    let toks = tokenize_expr(src, Span::new(8, 14)).unwrap();
    let texts: Vec<&str> = toks.iter().map(|t| t.span.text(src)).collect();
    assert_eq!(texts, ["a", "+", "bc", ""]);
    assert_eq!(toks[0].span, Span::new(8, 9));
    assert_eq!(toks[3].span, Span::empty(14));
    assert_eq!(toks[3].kind, TokenKind::EndOfFile);
}

#[rstest]
#[case(Span::new(0, 100))]
#[case(Span::new(5, 2))]
#[case(Span::new(1, 2))] // inside 'é'
fn expr_bad_span(#[case] span: Span) {
    let e = tokenize_expr("é + 1", span).unwrap_err();
    assert_eq!(e.kind, LexErrorKind::InvalidSpan);
}

#[rstest]
// What a REPL sees line by line: incomplete inputs say so.
#[case("x = (1,\n", true)]
#[case("s = '''abc\n", true)]
#[case("s = f\"\"\"{x}\n", true)]
#[case("x = 1 + \\\n", true)]
#[case("d = {'a': [1,\n", true)]
#[case("s = 'abc\n", false)]
#[case("x = )\n", false)]
#[case("x = 1$\n", false)]
fn repl_incomplete(#[case] src: &str, #[case] incomplete: bool) {
    assert_eq!(error(src).is_incomplete(), incomplete, "{src}");
}

#[test]
fn complete_compound_header_lexes() {
    // Whether `if x:` needs more lines is the parser's decision.
    assert_eq!(dump("if x:\n"), "if Name:x : NL EOF");
}

#[rstest]
#[case("a \\\n+ b", "Name:a + Name:b EOF")]
#[case("a # note\n + b", "Name:a + Name:b EOF")]
#[case("[x\n for x in y]", "[ Name:x for Name:x in Name:y ] EOF")]
fn expr_continuations_and_comments(#[case] src: &str, #[case] want: &str) {
    assert_eq!(dump_expr(src), want);
}
