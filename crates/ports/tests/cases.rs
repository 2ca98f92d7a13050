//! End-to-end corpus: every `tests/cases/**/*.py` (helpers starting with `_`
//! excluded) runs under both collectors and must print its `.exp`.
//! Scripts listed in `tests/known_failures.txt` must fail (so the list only
//! shrinks); run `cargo run -p pycopy-ports --example conformance` for the
//! summary and to regenerate the list.
//!
//! With the `gc-stress` feature (every allocation collects, the compactor
//! moves every live object) the same table checks that no native holds a
//! stale reference across an allocation; build it optimised, as `.ci/run`
//! does: `CARGO_PROFILE_DEV_OPT_LEVEL=2 cargo test -p pycopy-ports
//! --features gc-stress --test cases`. Scripts in [`STRESS_SKIP`] are
//! skipped there.

#[path = "../src/conformance.rs"]
#[allow(dead_code)]
mod conformance;

use rstest::rstest;
use std::path::{Path, PathBuf};

/// Scripts not run under `gc-stress`: they recurse to the recursion limit
/// thousands of times, and every allocation re-traces the whole deep
/// stack, so each takes minutes (they pass, given the time);
/// `closures_many` keeps 20000 objects alive, which every allocation
/// re-traces (about 100 s alone, past the timeout on a loaded machine).
const STRESS_SKIP: &[&str] = &[
    "tests/cases/stress/recursion_infinite.py",
    "tests/cases/stress/recursion_mutual.py",
    "tests/cases/stress/recursion_then_work.py",
    "tests/cases/stress/closures_many.py",
    // `for` and `yield from` over generators push frames up to the frame
    // limit (genframe.rs), like the recursion tests above.
    "tests/cases/stress/recursion_generators.py",
    // Fills the 2 MiB heap to within a table's size: a dict resize needs
    // the old and the new 0.9 MB table at once, and with a collection
    // before every allocation mark-sweep's first-fit places blocks
    // differently, so that contiguous hole may not exist there.
    "tests/cases/stress/dict_big_small_heap.py",
];

#[rstest]
fn case(
    #[files("../../tests/cases/**/*.py")]
    #[exclude("/_")]
    path: PathBuf,
) {
    let bin = Path::new(env!("CARGO_BIN_EXE_pycopy"));
    let name = conformance::rel_name(&path);
    let known = conformance::known_failures();
    if cfg!(feature = "gc-stress")
        && (STRESS_SKIP.contains(&name.as_str()) || known.contains_key(&name))
    {
        // Listed scripts are not required to fail under gc-stress: a full
        // collection at every allocation avoids some out-of-memory failures.
        return;
    }
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
