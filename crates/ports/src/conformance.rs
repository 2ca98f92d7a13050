//! Shared by the `cases` test and the `conformance` example: running one
//! end-to-end script and reading `tests/known_failures.txt`.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The repository root (two levels above this crate).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `tests/cases/...` path of a script, with forward slashes.
pub fn rel_name(path: &Path) -> String {
    let root = repo_root().canonicalize().unwrap_or_else(|_| repo_root());
    let p = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    p.strip_prefix(&root)
        .unwrap_or(&p)
        .to_string_lossy()
        .replace('\\', "/")
}

/// Expected failures: script path -> reason.
pub fn known_failures() -> BTreeMap<String, String> {
    let text =
        std::fs::read_to_string(repo_root().join("tests/known_failures.txt")).unwrap_or_default();
    let mut out = BTreeMap::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (p, r) = line.split_once(" # ").unwrap_or((line, ""));
        out.insert(p.trim().to_string(), r.trim().to_string());
    }
    out
}

/// Seconds a script may run: generous, because the corpus runs in parallel
/// on shared machines (a debug build of a stress script takes ~1 s alone);
/// under `gc-stress` every allocation collects, so scripts run 10-100
/// times slower.
pub const TIMEOUT_SECS: u64 = if cfg!(feature = "gc-stress") { 120 } else { 30 };

/// Why a script failed (None = it passed).
pub fn run_case(bin: &Path, script: &Path, gc: &str) -> Option<String> {
    let exp_path = script.with_extension("exp");
    let expected = match std::fs::read(&exp_path) {
        Ok(e) => e,
        Err(_) => return Some(format!("missing {}", exp_path.display())),
    };
    let src = std::fs::read_to_string(script).unwrap_or_default();
    let mut want = 0;
    for line in src.lines().take(3) {
        if let Some(n) = line.split("expect-exit:").nth(1) {
            want = n.trim().parse().unwrap_or(0);
        }
    }
    let dir = script.parent().unwrap_or(Path::new("."));
    let name = script.file_name().unwrap_or_default();
    let child = Command::new(bin)
        .arg("-X")
        .arg(format!("gc={gc}"))
        .arg(name)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(c) => c,
        Err(e) => return Some(format!("spawn failed: {e}")),
    };
    let mut out = Vec::new();
    let mut err = Vec::new();
    let mut so = child.stdout.take();
    let mut se = child.stderr.take();
    let t_out = std::thread::spawn(move || {
        let mut b = Vec::new();
        if let Some(s) = so.as_mut() {
            let _ = s.read_to_end(&mut b);
        }
        b
    });
    let t_err = std::thread::spawn(move || {
        let mut b = Vec::new();
        if let Some(s) = se.as_mut() {
            let _ = s.read_to_end(&mut b);
        }
        b
    });
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break Some(s),
            Ok(None) if start.elapsed() > Duration::from_secs(TIMEOUT_SECS) => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(_) => break None,
        }
    };
    if let Ok(b) = t_out.join() {
        out = b;
    }
    if let Ok(b) = t_err.join() {
        err = b;
    }
    let Some(status) = status else {
        return Some(format!("timeout ({TIMEOUT_SECS} s)"));
    };
    let code = status.code().unwrap_or(-1);
    if out != expected {
        let tail = String::from_utf8_lossy(&err);
        let last = tail.lines().last().unwrap_or("").to_string();
        return Some(format!("stdout differs (exit {code}; {last})"));
    }
    if code != want {
        return Some(format!("exit status {code}, expected {want}"));
    }
    None
}
