#![allow(clippy::expect_used)]
//! The full unix build lists every builtin module in `help('modules')`.

use std::path::Path;
use std::process::Command;

#[test]
fn help_modules_lists_the_full_set() {
    let bin = Path::new(env!("CARGO_BIN_EXE_pycopy"));
    let out = Command::new(bin)
        .args(["-c", "help('modules')"])
        .output()
        .expect("run pycopy");
    let text = String::from_utf8_lossy(&out.stdout);
    let mut names: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with("Plus"))
        .flat_map(str::split_whitespace)
        .collect();
    names.sort_unstable();
    let mut want = vec![
        "__main__",
        "builtins",
        "gc",
        "io",
        "machine",
        "micropython",
        "pycopy",
        "sys",
        "time",
        "uio",
        "umachine",
        "usys",
        "utime",
    ];
    if cfg!(not(feature = "full")) {
        want.retain(|n| !n.contains("machine"));
    }
    want.sort_unstable();
    assert_eq!(names, want);
    assert!(text.ends_with("Plus any modules on the filesystem\n"));
}
