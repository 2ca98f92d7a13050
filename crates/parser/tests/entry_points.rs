//! `parse_interactive` (incomplete vs. error) and `parse_expression`.

use pycopy_parser::{parse_expression, parse_interactive, ErrorKind};
use rstest::rstest;

#[rstest]
#[case::open_paren("x = (1,\n")]
#[case::triple_string("s = '''abc\n")]
#[case::backslash("x = 1 + \\\n")]
#[case::if_header("if x:\n")]
#[case::if_body_not_closed("if x:\n    pass\n")]
#[case::one_line_compound("if x: pass\n")]
#[case::def_header("def f():\n")]
#[case::decorator("@dec\n")]
#[case::try_without_handler("try:\n    pass\n")]
#[case::nested_header("def f():\n    if x:\n")]
#[case::else_header("if x:\n    pass\nelse:\n")]
fn incomplete(#[case] src: &str) {
    match parse_interactive(src) {
        Err(e) => assert!(e.incomplete, "{src:?}: {}", e.message),
        Ok(_) => panic!("{src:?} parsed"),
    }
}

#[rstest]
#[case::bad_operator("x = 1 +\n", "invalid syntax")]
#[case::closed_then_empty_header(
    "if x:\n\n",
    "expected an indented block after 'if' statement on line 1"
)]
#[case::try_closed("try:\n    pass\n\n", "expected 'except' or 'finally' block")]
#[case::return_outside("return 1\n", "'return' outside function")]
#[case::bad_target("1 = 2\n", "cannot assign to literal")]
#[case::error_inside_block("if x:\n    1 +\n", "invalid syntax")]
fn real_error(#[case] src: &str, #[case] msg: &str) {
    match parse_interactive(src) {
        Err(e) => {
            assert!(!e.incomplete, "{src:?}");
            assert_eq!(e.message, msg);
        }
        Ok(_) => panic!("{src:?} parsed"),
    }
}

#[rstest]
#[case::expression("1 + 2\n", 1)]
#[case::statements("x = 1; y = 2\n", 2)]
#[case::closed_compound("if x:\n    pass\n\n", 1)]
#[case::closed_def("def f():\n    return 1\n\n", 1)]
#[case::empty("", 0)]
#[case::blank("\n", 0)]
fn complete(#[case] src: &str, #[case] n: usize) -> Result<(), String> {
    let m = parse_interactive(src).map_err(|e| e.message)?;
    assert_eq!(m.body.len(), n);
    Ok(())
}

#[test]
fn expression_mode() -> Result<(), String> {
    let src = "  a + b, c\n";
    let e = parse_expression(src).map_err(|e| e.message)?;
    let dump = pycopy_parser::dump::dump_expr(&e, src);
    assert!(
        dump.starts_with("Tuple 1:3-1:11\n  BinOp + 1:3-1:8\n"),
        "{dump}"
    );
    for bad in ["x = 1", "yield 1", "*a", "if x: pass", "1 2"] {
        assert!(parse_expression(bad).is_err(), "{bad:?}");
    }
    Ok(())
}

#[test]
fn error_display_and_kind() {
    let src = "if x:\n    a\n  b\n";
    let e = match pycopy_parser::parse_module(src, "t.py") {
        Err(e) => e,
        Ok(_) => panic!("parsed"),
    };
    assert_eq!(e.kind, ErrorKind::Indentation);
    assert_eq!(
        e.display_with(src, "t.py").to_string(),
        "File \"t.py\", line 3, column 1: IndentationError: unindent does not match any outer indentation level"
    );
}
