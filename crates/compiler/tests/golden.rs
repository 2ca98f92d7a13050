//! Golden disassembly tests: every `tests/fixtures/*.py` is compiled,
//! validated, and its disassembly compared with the `.dis` file beside it.
//! Regenerate with `UPDATE_GOLDEN=1 cargo test -p pycopy-compiler --test
//! golden` (then read the diff: the snapshots are reviewed by hand).

use std::path::{Path, PathBuf};

use rstest::rstest;

#[rstest]
fn golden(#[files("tests/fixtures/*.py")] path: PathBuf) -> Result<(), String> {
    let src = std::fs::read_to_string(&path).map_err(|e| e.to_string())?;
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("x.py")
        .to_string();
    let code = pycopy_compiler::compile_module(&src, &name)
        .map_err(|e| e.display_with(&src, &name).to_string())?;
    pycopy_compiler::validate::validate(&code)?;
    let text = pycopy_compiler::disasm::disassemble(&code);
    check_snapshot(&path, &text)
}

fn check_snapshot(path: &Path, actual: &str) -> Result<(), String> {
    let snap = path.with_extension("dis");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        return std::fs::write(&snap, actual).map_err(|e| e.to_string());
    }
    let expected = std::fs::read_to_string(&snap)
        .map_err(|e| format!("{}: {} (run with UPDATE_GOLDEN=1)", snap.display(), e))?;
    if expected == actual {
        Ok(())
    } else {
        Err(format!(
            "{} differs from the compiler output:\n{}",
            snap.display(),
            actual
        ))
    }
}
