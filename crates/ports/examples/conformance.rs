//! Runs the whole end-to-end corpus and prints a Boa-style summary:
//! passed / expected-fail / failed with percentages. With
//! `--write-known-failures`, rewrites `tests/known_failures.txt` from the
//! run (keeping existing reasons, `unsorted` for new ones).
//!
//! `cargo run -p pycopy-ports --example conformance [-- --write-known-failures]`
//! (build the binary first: `cargo build -p pycopy-ports`).

#[path = "../src/conformance.rs"]
mod conformance;

use std::path::{Path, PathBuf};

fn scripts(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.starts_with('_') {
            continue;
        }
        if p.is_dir() {
            scripts(&p, out);
        } else if name.ends_with(".py") {
            out.push(p);
        }
    }
}

fn main() {
    let write = std::env::args().any(|a| a == "--write-known-failures");
    let root = conformance::repo_root();
    let target = std::env::var("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| root.join("target"));
    let bin = ["debug", "release"]
        .iter()
        .map(|p| target.join(p).join("pycopy"))
        .find(|p| p.exists())
        .unwrap_or_else(|| target.join("debug/pycopy"));
    let mut all = Vec::new();
    scripts(&root.join("tests/cases"), &mut all);
    let known = conformance::known_failures();
    let (mut pass, mut xfail, mut fail, mut fixed) = (0, 0, 0, 0);
    let mut failing = Vec::new();
    for s in &all {
        let name = conformance::rel_name(s);
        let why = ["marksweep", "compact"]
            .iter()
            .find_map(|gc| conformance::run_case(&bin, s, gc).map(|w| format!("[{gc}] {w}")));
        match (why, known.get(&name)) {
            (None, None) => pass += 1,
            (None, Some(_)) => {
                fixed += 1;
                println!("FIXED  {name}");
            }
            (Some(w), Some(r)) => {
                xfail += 1;
                failing.push((name, r.clone(), w));
            }
            (Some(w), None) => {
                fail += 1;
                println!("FAIL   {name}: {w}");
                failing.push((name, "unsorted".to_string(), w));
            }
        }
    }
    let total = all.len().max(1) as f64;
    println!(
        "conformance: {} scripts, passed {pass} ({:.1}%), expected-fail {xfail} ({:.1}%), failed {fail} ({:.1}%), fixed {fixed}",
        all.len(),
        pass as f64 * 100.0 / total,
        xfail as f64 * 100.0 / total,
        fail as f64 * 100.0 / total
    );
    if write {
        let mut text = String::from("# Scripts of tests/cases expected to fail, with the missing feature after ` # `.\n# Regenerate: cargo run -p pycopy-ports --example conformance -- --write-known-failures\n");
        failing.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
        for (n, r, _) in &failing {
            text.push_str(&format!("{n} # {r}\n"));
        }
        let _ = std::fs::write(root.join("tests/known_failures.txt"), text);
    }
}
