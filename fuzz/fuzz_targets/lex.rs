//! Fuzz target `lex`: for any UTF-8 input, `tokenize` and `tokenize_expr`
//! never panic, every span lies inside the input on char boundaries and in
//! order, and the string helpers never panic on the string tokens.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pycopy_lexer::{
    decode_bytes, decode_str, fstring_parts, tokenize, tokenize_expr, FStringPart, LineIndex,
    Span, Token, TokenKind,
};

fn check_span(src: &str, span: Span) {
    let (s, e) = (span.start as usize, span.end as usize);
    assert!(s <= e && e <= src.len(), "span {span:?} outside input");
    assert!(
        src.is_char_boundary(s) && src.is_char_boundary(e),
        "span {span:?} off a char boundary"
    );
}

fn check_parts(src: &str, parts: &[FStringPart], depth: u32) {
    assert!(depth < 8, "f-string spec nesting unbounded");
    for part in parts {
        if let FStringPart::Field(f) = part {
            check_span(src, f.expr);
            check_span(src, f.span);
            let _ = f.debug_text(src);
            if let Ok(toks) = tokenize_expr(src, f.expr) {
                check_tokens(src, &toks, depth + 1);
            }
            if let Some(spec) = &f.spec {
                check_parts(src, spec, depth + 1);
            }
        }
    }
}

fn check_tokens(src: &str, toks: &[Token], depth: u32) {
    let mut last = 0;
    for tok in toks {
        check_span(src, tok.span);
        assert!(tok.span.start >= last, "tokens out of order");
        last = tok.span.end;
        if tok.kind == TokenKind::String {
            check_span(src, pycopy_lexer::string_body(src, *tok));
            if tok.flags.is_bytes() {
                let _ = decode_bytes(src, *tok);
            } else if tok.flags.is_format() {
                if let Ok(parts) = fstring_parts(src, *tok) {
                    check_parts(src, &parts, depth);
                }
            } else {
                let _ = decode_str(src, *tok);
            }
        }
    }
    assert_eq!(toks.last().map(|t| t.kind), Some(TokenKind::EndOfFile));
}

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    match tokenize(src) {
        Ok(toks) => check_tokens(src, &toks, 0),
        Err(e) => check_span(src, e.span),
    }
    let full = Span::new(0, src.len() as u32);
    match tokenize_expr(src, full) {
        Ok(toks) => check_tokens(src, &toks, 0),
        Err(e) => check_span(src, e.span),
    }
    let index = LineIndex::new(src);
    let _ = index.line_col(src.len() as u32 / 2);
});
