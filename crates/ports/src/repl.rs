//! The friendly REPL: a banner, `>>> ` and `... ` prompts, one `__main__`
//! module whose globals persist across inputs.
//!
//! Everything goes through the VM's HAL: lines come from
//! [`Hal::read_line`](pycopy_vm::hal::Hal::read_line) (the same source as
//! `input()`), prompts and results go to its stdout, tracebacks to its
//! stderr. So the loop is the same on a terminal and under test, where a
//! HAL feeds a script of lines and records the output.
//!
//! Input rules (as MicroPython's and CPython's REPLs, decided by
//! `compile_interactive`): a line that compiles runs at once; one the
//! compiler calls incomplete asks for more with `... `. A compound
//! statement (`def`, `if`, a decorator, ...) ends with an empty line; an
//! unclosed bracket or a trailing backslash ends as soon as the text
//! compiles. End of input exits with status 0 (after running a pending
//! compound statement);
//! `SystemExit` exits with its status. Not handled yet: raw REPL, paste
//! mode, line editing and Ctrl-C (a terminal's Ctrl-C still ends the
//! process).

use pycopy_vm::objects::dict;
use pycopy_vm::qstr::q;
use pycopy_vm::run::{format_exception, uncaught, Outcome};
use pycopy_vm::{PyResult, Value, Vm};

/// The first line of the banner.
pub fn banner() -> String {
    format!(
        "MicroPython v1.22.0; Pycopy in Rust v{} on linux\nUse Ctrl-D to exit\n",
        env!("CARGO_PKG_VERSION")
    )
}

/// The primary prompt.
pub const PS1: &str = ">>> ";
/// The continuation prompt.
pub const PS2: &str = "... ";

/// Runs the REPL until end of input or `SystemExit`; returns the exit
/// status. `show_banner` prints the banner first.
pub fn run(vm: &mut Vm, show_banner: bool) -> i32 {
    if setup_main(vm).is_err() {
        return report(vm);
    }
    if show_banner {
        vm.hal.stdout(banner().as_bytes());
    }
    loop {
        vm.hal.stdout(PS1.as_bytes());
        let Some(line) = vm.hal.read_line() else {
            vm.hal.stdout(b"\n");
            return 0;
        };
        if line.trim().is_empty() {
            continue;
        }
        let mut src = line;
        src.push('\n');
        let status = match pycopy_compiler::compile_interactive(&src) {
            Err(e) if e.incomplete() => continuation(vm, src),
            r => finish(vm, &src, r),
        };
        if let Some(code) = status {
            vm.hal.flush();
            return code;
        }
    }
}

/// Reads `... ` lines after the incomplete input `src` until it compiles
/// (the compiler keeps a compound statement incomplete until an empty
/// line), then runs it. `Some(status)` when the REPL must exit.
fn continuation(vm: &mut Vm, mut src: String) -> Option<i32> {
    loop {
        vm.hal.stdout(PS2.as_bytes());
        let Some(line) = vm.hal.read_line() else {
            // End of input closes a pending block like an empty line.
            vm.hal.stdout(b"\n");
            src.push('\n');
            let r = pycopy_compiler::compile_interactive(&src);
            return finish(vm, &src, r).or(Some(0));
        };
        src.push_str(&line);
        src.push('\n');
        match pycopy_compiler::compile_interactive(&src) {
            Err(e) if e.incomplete() => {}
            r => return finish(vm, &src, r),
        }
    }
}

/// Runs a compiled input or reports its compile error.
fn finish(
    vm: &mut Vm,
    src: &str,
    r: Result<pycopy_compiler::bytecode::CodeObject, pycopy_compiler::CompileError>,
) -> Option<i32> {
    match r {
        Ok(co) => {
            let out = match exec(vm, &co) {
                Ok(()) => Outcome::Ok,
                Err(_) => uncaught(vm),
            };
            vm.hal.flush();
            match out {
                Outcome::Ok => None,
                Outcome::Exit(n) => Some(n),
                Outcome::Error(tb) => {
                    vm.hal.stderr(tb.as_bytes());
                    None
                }
            }
        }
        Err(e) => {
            let (line, _) = e.line_col(src);
            let msg = format!(
                "Traceback (most recent call last):\n  File \"<stdin>\", line {line}\n{}: {}\n",
                e.exception_name(),
                e.message()
            );
            vm.hal.stderr(msg.as_bytes());
            None
        }
    }
}

/// The `__main__` module (registered in `sys.modules` by [`setup_main`]).
fn main_module(vm: &Vm) -> Value {
    let mods = vm.st.modules;
    dict::get_str(vm, mods, Value::qstr(q::D_MAIN)).unwrap_or(Value::NONE)
}

/// Creates `__main__` with `__builtins__` and registers it.
fn setup_main(vm: &mut Vm) -> PyResult<()> {
    let m = pycopy_vm::import::new_module(vm, "__main__")?;
    let mods = vm.st.modules;
    dict::set(vm, mods, Value::qstr(q::D_MAIN), m)?;
    let g = vm.slot(main_module(vm), 1);
    let b = vm.st.builtins;
    dict::set(vm, g, Value::qstr(q::D_BUILTINS), b)?;
    Ok(())
}

/// Loads and runs one compiled input in `__main__`'s globals.
fn exec(vm: &mut Vm, co: &pycopy_compiler::bytecode::CodeObject) -> PyResult<()> {
    let code = pycopy_vm::load::load_code(vm, co)?;
    // Nothing allocates between loading and the call (which roots both).
    let g = vm.slot(main_module(vm), 1);
    pycopy_vm::interp::run_module_code(vm, code, g)?;
    Ok(())
}

/// Prints the pending exception (start-up failure) and returns status 1.
fn report(vm: &mut Vm) -> i32 {
    let e = vm.st.exc;
    let tb = format_exception(vm, e);
    vm.hal.stderr(tb.as_bytes());
    vm.hal.flush();
    1
}

#[cfg(test)]
mod tests {
    use super::*;
    use pycopy_vm::hal::{Hal, PathKind};
    use pycopy_vm::CollectorKind;
    use std::cell::RefCell;
    use std::collections::VecDeque;
    use std::rc::Rc;

    /// A terminal stand-in: lines to read, one transcript of everything
    /// written (stderr parts marked `[err]...[/err]`) plus the lines echoed
    /// after their prompt, as a terminal would show them.
    #[derive(Debug)]
    struct ScriptHal {
        lines: VecDeque<String>,
        out: Rc<RefCell<String>>,
    }

    impl Hal for ScriptHal {
        fn stdout(&mut self, bytes: &[u8]) {
            self.out
                .borrow_mut()
                .push_str(&String::from_utf8_lossy(bytes));
        }
        fn stderr(&mut self, bytes: &[u8]) {
            let mut o = self.out.borrow_mut();
            o.push_str("[err]");
            o.push_str(&String::from_utf8_lossy(bytes));
            o.push_str("[/err]");
        }
        fn read_file(&mut self, _path: &str) -> Option<Vec<u8>> {
            None
        }
        fn stat(&mut self, _path: &str) -> PathKind {
            PathKind::Missing
        }
        fn read_line(&mut self) -> Option<String> {
            let l = self.lines.pop_front()?;
            let mut o = self.out.borrow_mut();
            o.push_str(&l);
            o.push('\n');
            Some(l)
        }
    }

    /// Runs the REPL over `lines` under both collectors; returns (status,
    /// transcript) after checking both collectors agree.
    fn session(lines: &[&str]) -> (i32, String) {
        let mut results = Vec::new();
        for gc in [CollectorKind::MarkSweep, CollectorKind::Compacting] {
            let out = Rc::new(RefCell::new(String::new()));
            let hal = ScriptHal {
                lines: lines.iter().map(|s| s.to_string()).collect(),
                out: Rc::clone(&out),
            };
            let Ok(mut vm) = Vm::new(1 << 20, gc, Box::new(hal)) else {
                panic!("no VM");
            };
            let code = run(&mut vm, false);
            drop(vm);
            let text = out.borrow().clone();
            results.push((code, text));
        }
        assert_eq!(results[0], results[1], "collectors disagree");
        results.swap_remove(0)
    }

    #[test]
    fn expressions_print_their_repr_and_bind_underscore() {
        let (code, t) = session(&["1 + 2", "'a' * 3", "None", "x = 5", "x * 2", "_ + 1"]);
        assert_eq!(code, 0);
        assert_eq!(
            t,
            ">>> 1 + 2\n3\n>>> 'a' * 3\n'aaa'\n>>> None\n>>> x = 5\n>>> x * 2\n10\n\
             >>> _ + 1\n11\n>>> \n"
        );
    }

    #[test]
    fn multi_line_def_then_call() {
        let (code, t) = session(&[
            "def f(n):",
            "    total = 0",
            "    for i in range(n):",
            "        total += i",
            "    return total",
            "",
            "f(5)",
        ]);
        assert_eq!(code, 0);
        assert_eq!(
            t,
            ">>> def f(n):\n...     total = 0\n...     for i in range(n):\n\
             ...         total += i\n...     return total\n... \n>>> f(5)\n10\n>>> \n"
        );
    }

    #[test]
    fn compound_statement_prints_inside() {
        let (_, t) = session(&["for i in range(3):", "    i", "", "i"]);
        assert_eq!(
            t,
            ">>> for i in range(3):\n...     i\n... \n0\n1\n2\n>>> i\n2\n>>> \n"
        );
    }

    #[test]
    fn bracket_continuation_runs_when_closed() {
        let (_, t) = session(&["(1,", " 2)", "[x", "", "for x in 'ab']"]);
        assert_eq!(
            t,
            ">>> (1,\n...  2)\n(1, 2)\n>>> [x\n... \n... for x in 'ab']\n['a', 'b']\n>>> \n"
        );
    }

    #[test]
    fn exception_prints_traceback_and_loop_continues() {
        let (code, t) = session(&["y = 1", "1 / 0", "y + 1", "undefined_name"]);
        assert_eq!(code, 0);
        assert_eq!(
            t,
            ">>> y = 1\n>>> 1 / 0\n[err]Traceback (most recent call last):\n  \
             File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero\n[/err]\
             >>> y + 1\n2\n>>> undefined_name\n[err]Traceback (most recent call last):\n  \
             File \"<stdin>\", line 1, in <module>\nNameError: name 'undefined_name' isn't defined\n\
             [/err]>>> \n"
        );
    }

    #[test]
    fn syntax_error_is_reported_and_loop_continues() {
        let (code, t) = session(&["1 +* 2", "3"]);
        assert_eq!(code, 0);
        assert!(t.starts_with(">>> 1 +* 2\n[err]Traceback (most recent call last):\n"));
        assert!(t.contains("File \"<stdin>\", line 1\nSyntaxError: "));
        assert!(t.ends_with("[/err]>>> 3\n3\n>>> \n"));
    }

    #[test]
    fn globals_persist_and_classes_work() {
        let (_, t) = session(&[
            "class C:",
            "    def __init__(self, v): self.v = v",
            "    def get(self): return self.v",
            "",
            "c = C(7)",
            "c.get() + len([c])",
            "import sys",
            "sys.argv is not None",
        ]);
        assert!(t.contains(">>> c.get() + len([c])\n8\n"), "{t}");
        assert!(t.ends_with(">>> sys.argv is not None\nTrue\n>>> \n"), "{t}");
    }

    #[test]
    fn system_exit_ends_with_its_status() {
        let (code, t) = session(&["print('bye')", "raise SystemExit(3)", "print('not run')"]);
        assert_eq!(code, 3);
        assert_eq!(t, ">>> print('bye')\nbye\n>>> raise SystemExit(3)\n");
    }

    #[test]
    fn end_of_input_runs_a_pending_block() {
        let (code, t) = session(&["if True:", "    print('ran')"]);
        assert_eq!(code, 0);
        assert_eq!(t, ">>> if True:\n...     print('ran')\n... \nran\n");
    }

    #[test]
    fn input_reads_the_next_line() {
        let (_, t) = session(&["s = input()", "typed text", "s.upper()"]);
        assert_eq!(
            t,
            ">>> s = input()\ntyped text\n>>> s.upper()\n'TYPED TEXT'\n>>> \n"
        );
    }

    #[test]
    fn banner_names_micropython_and_pycopy() {
        let b = banner();
        assert!(b.starts_with("MicroPython v"));
        assert!(b.contains("; Pycopy in Rust"));
    }
}
