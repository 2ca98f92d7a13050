//! Golden tests: every `tests/fixtures/valid/*.py` parses and its dump
//! matches the `.ast` file beside it; every `tests/fixtures/invalid/*.py`
//! fails with the error (`line:col: Kind: message`) in its `.err` file.
//! Regenerate with `UPDATE_GOLDEN=1 cargo test -p pycopy-parser`; a missing
//! snapshot fails the test.

use std::path::{Path, PathBuf};

use rstest::rstest;

fn check_snapshot(path: &Path, ext: &str, actual: &str) -> Result<(), String> {
    let snap = path.with_extension(ext);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&snap, actual).map_err(|e| e.to_string())?;
        return Ok(());
    }
    let expected = std::fs::read_to_string(&snap)
        .map_err(|e| format!("{}: {} (run with UPDATE_GOLDEN=1)", snap.display(), e))?;
    if expected != actual {
        return Err(format!(
            "{} differs from the snapshot\n--- expected\n{}\n--- actual\n{}",
            snap.display(),
            expected,
            actual
        ));
    }
    Ok(())
}

/// Every span lies inside `src` and on character boundaries.
fn check_spans(body: &[pycopy_parser::ast::Stmt], src: &str) -> Result<(), String> {
    let mut bad = None;
    pycopy_parser::walk::stmts_spans(body, &mut |s| {
        let ok = s.start <= s.end
            && (s.end as usize) <= src.len()
            && src.is_char_boundary(s.start as usize)
            && src.is_char_boundary(s.end as usize);
        if !ok && bad.is_none() {
            bad = Some(s);
        }
    });
    match bad {
        Some(s) => Err(format!("span {:?} outside the source", s)),
        None => Ok(()),
    }
}

#[rstest]
fn valid(#[files("tests/fixtures/valid/*.py")] path: PathBuf) -> Result<(), String> {
    let src = std::fs::read_to_string(&path).map_err(|e| e.to_string())?;
    let m = pycopy_parser::parse_module(&src, "x.py").map_err(|e| {
        let (l, c) = e.line_col(&src);
        format!("{}:{}:{}: {}", path.display(), l, c, e.message)
    })?;
    check_spans(&m.body, &src)?;
    check_snapshot(&path, "ast", &pycopy_parser::dump::dump_module(&m, &src))
}

#[rstest]
fn invalid(#[files("tests/fixtures/invalid/*.py")] path: PathBuf) -> Result<(), String> {
    let src = std::fs::read_to_string(&path).map_err(|e| e.to_string())?;
    let e = match pycopy_parser::parse_module(&src, "x.py") {
        Ok(_) => return Err(format!("{} parsed but should fail", path.display())),
        Err(e) => e,
    };
    let (l, c) = e.line_col(&src);
    let text = format!("{}:{}: {}: {}\n", l, c, e.kind.exception_name(), e.message);
    check_snapshot(&path, "err", &text)
}

/// Error spans are always on character boundaries (fuzz finding: a lexer
/// error inside a multi-byte character).
#[rstest]
fn invalid_error_span_on_chars(
    #[files("tests/fixtures/invalid/*.py")] path: PathBuf,
) -> Result<(), String> {
    let src = std::fs::read_to_string(&path).map_err(|e| e.to_string())?;
    for e in [
        pycopy_parser::parse_module(&src, "x.py").err(),
        pycopy_parser::parse_interactive(&src).err(),
        pycopy_parser::parse_expression(&src).err(),
    ]
    .into_iter()
    .flatten()
    {
        let (a, b) = (e.span.start as usize, e.span.end as usize);
        if !(a <= b && b <= src.len() && src.is_char_boundary(a) && src.is_char_boundary(b)) {
            return Err(format!("error span {:?} not on chars", e.span));
        }
    }
    Ok(())
}
