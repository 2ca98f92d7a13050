//! Compiles every `.py` file of the machine's CPython 3.11 standard library
//! that the parser accepts (site-packages excluded), validates every code
//! object, and checks that the files the compiler rejects are exactly
//! those listed in `tests/stdlib_limits.txt` (each with its reason).
//! Compilation runs on an 8 MiB thread (Linux's main-thread default).
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

/// `Ok(None)`: compiled and valid; `Ok(Some(msg))`: a compile error;
/// `Err(_)`: skipped (not UTF-8 or rejected by the parser).
fn compile_one(path: &Path) -> Result<Option<String>, ()> {
    let data = std::fs::read(path).map_err(|_| ())?;
    let src = std::str::from_utf8(&data).map_err(|_| ())?;
    let module = pycopy_parser::parse_module(src, "x.py").map_err(|_| ())?;
    match pycopy_compiler::compile_ast_module(src, "x.py", &module) {
        Ok(code) => match pycopy_compiler::validate::validate(&code) {
            Ok(()) => Ok(None),
            Err(e) => Ok(Some(format!("BUG: invalid code: {e}"))),
        },
        Err(e) => Ok(Some(e.message().to_string())),
    }
}

#[test]
fn stdlib_compiles() -> Result<(), String> {
    let Some(root) = stdlib_dir() else {
        eprintln!("SKIP: python3 not found");
        return Ok(());
    };
    let list = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/stdlib_limits.txt"),
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
    // Sampling: STDLIB_SAMPLE=n compiles every n-th file only (default 1,
    // all files).
    let step: usize = std::env::var("STDLIB_SAMPLE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1)
        .max(1);
    let files: Vec<PathBuf> = files.into_iter().step_by(step).collect();
    let n = files.len();
    let (compiled, failures): (usize, Vec<(String, String)>) = std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(move || {
            let mut ok = 0;
            let mut bad = Vec::new();
            for p in &files {
                let rel = p.strip_prefix(&root).unwrap_or(p).display().to_string();
                match compile_one(p) {
                    Ok(None) => ok += 1,
                    Ok(Some(msg)) => bad.push((rel, msg)),
                    Err(()) => {}
                }
            }
            (ok, bad)
        })
        .map_err(|e| e.to_string())?
        .join()
        .map_err(|_| "compiler thread panicked".to_string())?;
    eprintln!(
        "{compiled} of {n} files compiled, {} rejected",
        failures.len()
    );
    let mut problems = Vec::new();
    for (path, msg) in &failures {
        if !expected.contains_key(path) || msg.starts_with("BUG") {
            problems.push(format!("unexpected failure: {path}: {msg}"));
        }
    }
    if step == 1 {
        for path in expected.keys() {
            if !failures.iter().any(|(p, _)| p == path) {
                problems.push(format!("stale entry (now compiles or missing): {path}"));
            }
        }
        assert!(compiled > 1000, "only {compiled} files compiled");
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}
