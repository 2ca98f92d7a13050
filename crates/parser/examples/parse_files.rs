//! Parses Python files and reports failures and throughput.
//!
//! `cargo run --release -p pycopy-parser --example parse_files -- PATH...`
//! (files or directories, searched recursively for `*.py`). Prints
//! `path:line:col: message` per failing file, then
//! `parsed N files, F failed, X MB/s` (lexing + parsing time only, one
//! thread; files that are not UTF-8 count as failed and are not timed).
//! With `--dump`, prints the AST of each file instead.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn collect(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let Ok(rd) = std::fs::read_dir(path) else {
            return;
        };
        let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
        entries.sort();
        for p in entries {
            if p.is_dir() && !p.is_symlink() {
                collect(&p, out);
            } else if p.extension().is_some_and(|e| e == "py") {
                out.push(p);
            }
        }
    } else {
        out.push(path.to_path_buf());
    }
}

fn main() {
    let mut files = Vec::new();
    let mut dump = false;
    for arg in std::env::args().skip(1) {
        if arg == "--dump" {
            dump = true;
            continue;
        }
        collect(Path::new(&arg), &mut files);
    }
    let mut failed = 0usize;
    let mut bytes = 0usize;
    let mut time = Duration::ZERO;
    for f in &files {
        let data = match std::fs::read(f) {
            Ok(d) => d,
            Err(e) => {
                println!("{}:0:0: cannot read: {}", f.display(), e);
                failed += 1;
                continue;
            }
        };
        let Ok(src) = std::str::from_utf8(&data) else {
            println!("{}:0:0: not valid UTF-8", f.display());
            failed += 1;
            continue;
        };
        let name = f.display().to_string();
        let t0 = Instant::now();
        let r = pycopy_parser::parse_module(src, &name);
        time += t0.elapsed();
        bytes += src.len();
        match r {
            Ok(m) => {
                if dump {
                    print!("{}", pycopy_parser::dump::dump_module(&m, src));
                }
                drop(m);
            }
            Err(e) => {
                let (l, c) = e.line_col(src);
                println!("{}:{}:{}: {}", name, l, c, e.message);
                failed += 1;
            }
        }
    }
    let secs = time.as_secs_f64();
    let mbs = if secs > 0.0 {
        bytes as f64 / 1e6 / secs
    } else {
        0.0
    };
    println!(
        "parsed {} files, {} failed, {:.1} MB/s",
        files.len(),
        failed,
        mbs
    );
}
