//! Fuzz target `parse`: for any UTF-8 input, `parse_module`,
//! `parse_interactive` and `parse_expression` never panic (nor overflow the
//! stack); every span of a resulting tree, and an error's span, lies inside
//! the input on char boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pycopy_parser::ast::Span;

fn check(src: &str, s: Span, what: &str) {
    let (a, b) = (s.start as usize, s.end as usize);
    assert!(a <= b && b <= src.len(), "{what} span {s:?} outside input");
    assert!(
        src.is_char_boundary(a) && src.is_char_boundary(b),
        "{what} span {s:?} off a char boundary"
    );
}

fn check_result<T>(
    src: &str,
    r: Result<T, pycopy_parser::ParseError>,
    spans: impl Fn(&T, &mut dyn FnMut(Span)),
) {
    match r {
        Ok(tree) => spans(&tree, &mut |s| check(src, s, "node")),
        Err(e) => {
            check(src, e.span, "error");
            let _ = e.line_col(src);
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    check_result(src, pycopy_parser::parse_module(src, "<fuzz>"), |m, f| {
        pycopy_parser::walk::stmts_spans(&m.body, f)
    });
    check_result(src, pycopy_parser::parse_interactive(src), |m, f| {
        pycopy_parser::walk::stmts_spans(&m.body, f)
    });
    check_result(src, pycopy_parser::parse_expression(src), |e, f| {
        pycopy_parser::walk::expr_spans(e, f)
    });
});
