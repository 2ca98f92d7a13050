//! Differential tests: every `tests/exec/*.py` program is compiled, run on
//! the small reference interpreter in `exec/interp.rs`, and its output
//! compared with CPython 3.11's (`/usr/bin/python3.11`, else `python3`;
//! skipped with a message when neither exists). The programs exercise the
//! compiler's control flow: loops with `else`/`break`/`continue`,
//! `try`/`except`/`finally` with `return`/`break`/`continue` through
//! them, closures and `nonlocal`, definite assignment
//! (`UnboundLocalError`), comprehensions, unpacking, calls.

#[path = "exec/interp.rs"]
mod interp;

use std::path::{Path, PathBuf};
use std::process::Command;

use rstest::rstest;

fn python() -> Option<&'static str> {
    ["/usr/bin/python3.11", "python3"].into_iter().find(|p| {
        Command::new(p)
            .arg("-c")
            .arg("pass")
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

fn cpython_output(path: &Path) -> Result<Option<String>, String> {
    let Some(py) = python() else {
        return Ok(None);
    };
    let out = Command::new(py)
        .arg(path)
        .output()
        .map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err(format!(
            "CPython failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    String::from_utf8(out.stdout)
        .map(Some)
        .map_err(|e| e.to_string())
}

#[rstest]
fn exec(#[files("tests/exec/*.py")] path: PathBuf) -> Result<(), String> {
    let src = std::fs::read_to_string(&path).map_err(|e| e.to_string())?;
    let Some(expected) = cpython_output(&path)? else {
        eprintln!("SKIP: no CPython");
        return Ok(());
    };
    let code = pycopy_compiler::compile_module(&src, "t.py")
        .map_err(|e| e.display_with(&src, "t.py").to_string())?;
    pycopy_compiler::validate::validate(&code)?;
    let mut vm = interp::Interp::new();
    let result = vm.run_module(code);
    if let Err(e) = result {
        return Err(format!(
            "uncaught {}\noutput so far:\n{}",
            interp::repr(&e),
            vm.out
        ));
    }
    if vm.out != expected {
        return Err(format!(
            "output differs\n--- CPython\n{expected}--- compiled\n{}",
            vm.out
        ));
    }
    Ok(())
}
