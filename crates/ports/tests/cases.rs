//! End-to-end corpus: every `tests/cases/**/*.py` (helpers starting with `_`
//! excluded) runs under both collectors and must print its `.exp`.
//! Scripts listed in `tests/known_failures.txt` must fail (so the list only
//! shrinks); run `cargo run -p pycopy-ports --example conformance` for the
//! summary and to regenerate the list.

#[path = "../src/conformance.rs"]
#[allow(dead_code)]
mod conformance;

use rstest::rstest;
use std::path::{Path, PathBuf};

#[rstest]
fn case(
    #[files("../../tests/cases/**/*.py")]
    #[exclude("/_")]
    path: PathBuf,
) {
    let bin = Path::new(env!("CARGO_BIN_EXE_pycopy"));
    let name = conformance::rel_name(&path);
    let known = conformance::known_failures();
    let mut failures = Vec::new();
    for gc in ["marksweep", "compact"] {
        if let Some(why) = conformance::run_case(bin, &path, gc) {
            failures.push(format!("[{gc}] {why}"));
        }
    }
    match known.get(&name) {
        Some(reason) => assert!(
            !failures.is_empty(),
            "{name} passes but is listed in tests/known_failures.txt ({reason}): remove it"
        ),
        None => assert!(failures.is_empty(), "{name}: {}", failures.join("; ")),
    }
}
