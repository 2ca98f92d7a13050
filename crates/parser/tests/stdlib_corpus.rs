//! Parses every `.py` file of the machine's CPython 3.11 standard library
//! (site-packages excluded). The files that fail must be exactly those in
//! `tests/stdlib_rejects.txt` (each listed with its reason); every span of
//! every parsed tree must lie inside its source on character boundaries.
//! Skips (with a message) when `python3` is not on PATH.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn stdlib_dir() -> Option<PathBuf> {
    let out = std::process::Command::new("python3")
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
        ])
        .output()
        .ok()?;
    let s = String::from_utf8(out.stdout).ok()?;
    let p = PathBuf::from(s.trim());
    p.is_dir().then_some(p)
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() && !p.is_symlink() {
            if p.file_name().is_some_and(|n| n == "site-packages") {
                continue;
            }
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
}

/// Parses one file: `Err(message)` if it is rejected.
fn parse_one(path: &Path) -> Result<(), String> {
    let data = std::fs::read(path).map_err(|e| e.to_string())?;
    let src = std::str::from_utf8(&data).map_err(|_| "not UTF-8".to_string())?;
    let m = pycopy_parser::parse_module(src, "x.py").map_err(|e| e.message)?;
    let mut bad = None;
    pycopy_parser::walk::stmts_spans(&m.body, &mut |s| {
        let ok = s.start <= s.end
            && (s.end as usize) <= src.len()
            && src.is_char_boundary(s.start as usize)
            && src.is_char_boundary(s.end as usize);
        if !ok && bad.is_none() {
            bad = Some(s);
        }
    });
    match bad {
        // A bad span is a parser bug: report it as a failure to be fixed,
        // never list it.
        Some(s) => Err(format!("BUG: span {:?} outside the source", s)),
        None => Ok(()),
    }
}

#[test]
fn stdlib_corpus() -> Result<(), String> {
    let Some(root) = stdlib_dir() else {
        eprintln!("SKIP: python3 not found");
        return Ok(());
    };
    let list = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/stdlib_rejects.txt"),
    )
    .map_err(|e| e.to_string())?;
    let mut expected: BTreeMap<String, String> = BTreeMap::new();
    for line in list.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let (path, reason) = line.split_once('\t').ok_or(format!("bad line: {line}"))?;
        expected.insert(path.to_string(), reason.to_string());
    }
    let mut files = Vec::new();
    collect(&root, &mut files);
    files.sort();
    let n = files.len();
    // Parse on a thread with Linux's main-thread stack size (see MAX_DEPTH).
    let failures: Vec<(String, String)> = std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(move || {
            files
                .iter()
                .filter_map(|p| {
                    parse_one(p).err().map(|msg| {
                        let rel = p.strip_prefix(&root).unwrap_or(p);
                        (rel.display().to_string(), msg)
                    })
                })
                .collect()
        })
        .map_err(|e| e.to_string())?
        .join()
        .map_err(|_| "parser thread panicked".to_string())?;
    let mut problems = Vec::new();
    for (path, msg) in &failures {
        if !expected.contains_key(path) || msg.starts_with("BUG") {
            problems.push(format!("unexpected failure: {path}: {msg}"));
        }
    }
    for path in expected.keys() {
        if !failures.iter().any(|(p, _)| p == path) {
            problems.push(format!("stale entry (now parses or missing): {path}"));
        }
    }
    assert!(n > 1000, "only {n} files found");
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}
