//! Deep nesting gives a SyntaxError, never a stack overflow. Each test runs
//! in a thread with an 8 MiB stack (Linux's main-thread default): at the
//! depth limit a debug build needs under 4 MiB, a release build under
//! 512 KiB (see `MAX_DEPTH`).

use pycopy_parser::{parse_expression, parse_module, MAX_DEPTH};

const STACK: usize = 8 << 20;

fn in_small_stack(src: String) -> Result<String, String> {
    std::thread::Builder::new()
        .stack_size(STACK)
        .spawn(move || match parse_module(&src, "deep.py") {
            Ok(_) => Err("parsed".to_string()),
            Err(e) => Ok(e.message),
        })
        .map_err(|e| e.to_string())?
        .join()
        .map_err(|_| "thread panicked".to_string())?
}

#[test]
fn nested_parentheses() -> Result<(), String> {
    let n = 100_000;
    let src = format!("x = {}1{}\n", "(".repeat(n), ")".repeat(n));
    let msg = in_small_stack(src)?;
    assert!(msg.contains("too many nested parentheses"), "{msg}");
    Ok(())
}

#[test]
fn nested_lists() -> Result<(), String> {
    let n = 100_000;
    let src = format!("x = {}{}\n", "[".repeat(n), "]".repeat(n));
    let msg = in_small_stack(src)?;
    assert!(msg.contains("too many nested parentheses"), "{msg}");
    Ok(())
}

#[test]
fn unary_minus() -> Result<(), String> {
    let src = format!("x = {}1\n", "-".repeat(100_000));
    let msg = in_small_stack(src)?;
    assert!(msg.contains("too deeply nested"), "{msg}");
    Ok(())
}

#[test]
fn other_deep_chains() -> Result<(), String> {
    for src in [
        format!("x = {}1\n", "not ".repeat(100_000)),
        format!("x = {}1\n", "lambda: ".repeat(100_000)),
        format!("x = {}1\n", "await ".repeat(100_000)),
        format!("x = {}\n", "a ** ".repeat(100_000) + "1"),
        format!("x = {}\n", "1 if 2 else ".repeat(100_000) + "3"),
        format!("x = {}1{}\n", "f(".repeat(100_000), ")".repeat(100_000)),
        format!("x = {}1{}\n", "a[".repeat(100_000), "]".repeat(100_000)),
        format!("x = {}1{}\n", "{".repeat(100_000), "}".repeat(100_000)),
    ] {
        // Either a depth error or another SyntaxError, but no crash.
        in_small_stack(src)?;
    }
    Ok(())
}

#[test]
fn nested_ifs() -> Result<(), String> {
    let mut src = String::new();
    for i in 0..1000 {
        src.push_str(&" ".repeat(i));
        src.push_str("if x:\n");
    }
    src.push_str(&" ".repeat(1000));
    src.push_str("pass\n");
    let msg = in_small_stack(src)?;
    assert!(!msg.is_empty());
    Ok(())
}

#[test]
fn long_flat_input_is_fine() -> Result<(), String> {
    // Width is not depth: long chains of binary operators, elif chains
    // and many statements parse.
    let src = format!("x = {}1\n", "1 + ".repeat(4_000));
    std::thread::Builder::new()
        .stack_size(STACK)
        .spawn(move || {
            parse_module(&src, "wide.py")
                .map(|_| ())
                .map_err(|e| e.message)
        })
        .map_err(|e| e.to_string())?
        .join()
        .map_err(|_| "thread panicked".to_string())??;
    let src = format!("x = {}1\n", "1 + ".repeat(100_000));
    let msg = in_small_stack(src)?;
    assert!(msg.contains("too long"), "{msg}");
    let mut src = String::from("if x: pass\n");
    for _ in 0..2_000 {
        src.push_str("elif x: pass\n");
    }
    std::thread::Builder::new()
        .stack_size(STACK)
        .spawn(move || {
            parse_module(&src, "elif.py")
                .map(|_| ())
                .map_err(|e| e.message)
        })
        .map_err(|e| e.to_string())?
        .join()
        .map_err(|_| "thread panicked".to_string())??;
    let mut src = String::from("if x: pass\n");
    for _ in 0..100_000 {
        src.push_str("elif x: pass\n");
    }
    let msg = in_small_stack(src)?;
    assert!(msg.contains("too long"), "{msg}");
    Ok(())
}

#[test]
fn just_below_the_limit_parses() -> Result<(), String> {
    // Parenthesised nesting a little below the documented limit works.
    let n = (MAX_DEPTH as usize) / 2;
    let src = format!("{}1{}", "(".repeat(n), ")".repeat(n));
    parse_expression(&src).map_err(|e| e.message)?;
    Ok(())
}
