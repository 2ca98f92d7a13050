//! Property test over the CPython standard library: lexing never panics and
//! every token span lies inside the source, on character boundaries, in
//! order. Files of the installed CPython are used when `python3` is found;
//! otherwise the test reports that it had nothing to check.
//!
//! A size budget keeps it quick in debug builds: files are visited in sorted
//! order and the walk stops after `LEXER_STDLIB_BUDGET` bytes (default
//! 40 MB, more than the whole stdlib; set it lower on slow machines).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use pycopy_lexer::{
    decode_bytes, decode_str, fstring_parts, tokenize, tokenize_expr, EscapeError, LexErrorKind,
    Span, Token, TokenKind,
};

fn stdlib_dir() -> Option<PathBuf> {
    let out = Command::new("python3")
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
        ])
        .output()
        .ok()?;
    let dir = String::from_utf8(out.stdout).ok()?;
    let dir = PathBuf::from(dir.trim());
    dir.is_dir().then_some(dir)
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n == "site-packages") {
                continue;
            }
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
}

fn check_span(source: &str, span: Span, what: &str, path: &Path) {
    let (s, e) = (span.start as usize, span.end as usize);
    assert!(
        s <= e && e <= source.len(),
        "{what} span {span:?} out of range in {}",
        path.display()
    );
    assert!(
        source.is_char_boundary(s) && source.is_char_boundary(e),
        "{what} span {span:?} off a char boundary in {}",
        path.display()
    );
}

fn check_tokens(source: &str, tokens: &[Token], path: &Path) {
    let mut last_end = 0;
    for tok in tokens {
        check_span(source, tok.span, "token", path);
        assert!(
            tok.span.start >= last_end,
            "tokens out of order at {:?} in {}",
            tok.span,
            path.display()
        );
        last_end = tok.span.end;
        if tok.kind == TokenKind::String {
            let flags = tok.flags;
            if flags.is_bytes() {
                let _ = decode_bytes(source, *tok);
            } else if flags.is_format() {
                if let Ok(parts) = fstring_parts(source, *tok) {
                    for part in parts {
                        if let pycopy_lexer::FStringPart::Field(f) = part {
                            check_span(source, f.expr, "f-string field", path);
                            if let Ok(toks) = tokenize_expr(source, f.expr) {
                                for t in &toks {
                                    check_span(source, t.span, "field token", path);
                                }
                            }
                        }
                    }
                }
            } else {
                let _ = decode_str(source, *tok);
            }
        }
    }
    assert_eq!(
        tokens.last().map(|t| t.kind),
        Some(TokenKind::EndOfFile),
        "{}",
        path.display()
    );
}

#[test]
fn stdlib_lexes_without_panics_and_spans_are_valid() {
    let Some(dir) = stdlib_dir() else {
        eprintln!("no python3 stdlib found: nothing checked");
        return;
    };
    let budget: usize = std::env::var("LEXER_STDLIB_BUDGET")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(40_000_000);
    let mut files = Vec::new();
    collect(&dir, &mut files);
    let (mut bytes, mut ok, mut failed) = (0usize, 0usize, Vec::new());
    let started = Instant::now();
    for path in &files {
        if bytes >= budget {
            break;
        }
        let Ok(data) = std::fs::read(path) else {
            continue;
        };
        let Ok(source) = String::from_utf8(data) else {
            continue;
        };
        bytes += source.len();
        match tokenize(&source) {
            Ok(tokens) => {
                check_tokens(&source, &tokens, path);
                ok += 1;
            }
            Err(e) => {
                check_span(&source, e.span, "error", path);
                failed.push((path.clone(), e.kind));
            }
        }
    }
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "lexed {ok} files ok, {} with errors, {:.1} MB in {secs:.2}s",
        failed.len(),
        bytes as f64 / 1e6
    );
    for (path, kind) in &failed {
        eprintln!("  {}: {kind}", path.display());
    }
    // The stdlib is valid Python apart from deliberate bad-syntax fixtures;
    // the other failures are the two documented unsupported features:
    // lone surrogates in `\u` escapes and `\N{...}` escapes.
    assert!(ok > 0);
    for (path, kind) in &failed {
        let name = path.to_string_lossy();
        let fixture = name.contains("badsyntax")
            || name.contains("bad_coding")
            || name.contains("py2_test_grammar")
            || name.contains("test_unicode_identifiers");
        let unsupported = matches!(
            kind,
            LexErrorKind::BadEscape(EscapeError::Surrogate) | LexErrorKind::UnsupportedNamedEscape
        );
        assert!(fixture || unsupported, "{}: {kind}", path.display());
    }
}
