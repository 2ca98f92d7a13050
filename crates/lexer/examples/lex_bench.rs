//! Lexing throughput over a directory of Python files (default: the
//! installed CPython standard library).
//!
//! `cargo run --release -p pycopy-lexer --example lex_bench [DIR] [ROUNDS]`

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
}

/// This thread's user+system CPU time in seconds (Linux; 0 elsewhere), so
/// the figure means something on a loaded machine.
fn cpu_seconds() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/thread-self/stat") else {
        return 0.0;
    };
    // Fields after the parenthesised command name; utime and stime are
    // fields 14 and 15 of the whole line, in clock ticks (100 per second).
    let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    (ticks(11) + ticks(12)) / 100.0
}

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().map(PathBuf::from).unwrap_or_else(|| {
        let out = Command::new("python3")
            .args([
                "-c",
                "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
            ])
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
            .unwrap_or_default();
        PathBuf::from(out)
    });
    let rounds: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(5);
    let mut files = Vec::new();
    collect(&dir, &mut files);
    let sources: Vec<String> = files
        .iter()
        .filter_map(|p| std::fs::read(p).ok())
        .filter_map(|d| String::from_utf8(d).ok())
        .collect();
    let bytes: usize = sources.iter().map(String::len).sum();
    let mut best = f64::INFINITY;
    let cpu_start = cpu_seconds();
    let (mut tokens, mut errors) = (0usize, 0usize);
    for _ in 0..rounds {
        let started = Instant::now();
        tokens = 0;
        errors = 0;
        for src in &sources {
            match pycopy_lexer::tokenize(src) {
                Ok(t) => tokens += t.len(),
                Err(_) => errors += 1,
            }
        }
        best = best.min(started.elapsed().as_secs_f64());
    }
    let cpu = (cpu_seconds() - cpu_start) / rounds as f64;
    let mb = bytes as f64 / 1e6;
    println!(
        "{} files, {mb:.1} MB, {tokens} tokens, {errors} files with errors",
        sources.len()
    );
    println!(
        "wall: best of {rounds} {best:.3}s = {:.0} MB/s; cpu: {cpu:.3}s per round = {:.0} MB/s",
        mb / best,
        mb / cpu
    );
}
