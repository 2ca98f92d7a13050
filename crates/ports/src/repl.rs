//! The REPL, as MicroPython clients (mpremote, pyboard.py, Thonny) speak
//! it, key by key: one `__main__` module whose globals persist.
//!
//! Input comes byte by byte from a [`Console`] (the port's terminal or
//! pipe); REPL text (prompts, echo, markers) goes to the HAL's stdout with
//! `\r\n` line ends, program output and tracebacks as the program writes
//! them. The console is in key-at-a-time mode while the REPL reads and
//! back in its normal mode while code runs (so Ctrl-C on a terminal
//! raises `KeyboardInterrupt` in running code through SIGINT).
//!
//! Friendly mode (`>>> `, `... `): keys are echoed; Enter (`\r`, `\n`, or
//! `\r\n`) ends a line; Backspace/DEL deletes; escape sequences are
//! ignored. A line that compiles (`compile_interactive`) runs at once,
//! one the compiler calls incomplete asks for more with `... `; a compound
//! statement ends with an empty line. Ctrl-C cancels the line (or the
//! block). Ctrl-D on an empty line exits (on unix a soft reset ends the
//! process; at `... ` it ends the block instead). Ctrl-E enters paste
//! mode (`=== ` lines, Ctrl-D runs them as one file-mode input, Ctrl-C
//! cancels). Ctrl-A on an empty line enters the raw REPL, Ctrl-B on an
//! empty line prints the banner again.
//!
//! Raw REPL (`raw REPL; CTRL-B to exit\r\n>`): no echo; bytes collect
//! until Ctrl-D, which answers `OK`, runs them, and frames the result as
//! `<stdout>\x04<traceback>\x04>`; Ctrl-D with nothing collected is a
//! soft reset (`OK\r\n`, then the process exits); Ctrl-C clears, Ctrl-A
//! restarts, Ctrl-B returns to friendly mode. `\x05A\x01` negotiates
//! raw-paste mode: the REPL answers `R\x01`, a window of [`RAW_PASTE_WINDOW`]
//! bytes (u16 little-endian) and `\x01`, sends `\x01` each time another
//! window of data is consumed, and acknowledges the closing Ctrl-D with
//! `\x04` before running the data and framing the result as above.
//!
//! End of input exits with status 0 (after running a pending compound
//! statement); `SystemExit` exits with its status. Not handled: line
//! editing beyond Backspace, history, auto-indent, completion, and a
//! Ctrl-C byte arriving through a pipe while code runs (only a terminal's
//! SIGINT interrupts running code).

use pycopy_compiler::bytecode::CodeObject;
use pycopy_compiler::CompileError;
use pycopy_vm::objects::dict;
use pycopy_vm::qstr::q;
use pycopy_vm::run::{format_exception, uncaught, Outcome};
use pycopy_vm::{PyResult, Value, Vm};

/// The banner (with `\n` line ends).
pub fn banner() -> String {
    format!(
        "MicroPython v1.22.0; Pycopy in Rust v{} on linux\nUse Ctrl-D to exit, Ctrl-E for paste mode\n",
        env!("CARGO_PKG_VERSION")
    )
}

/// The primary prompt.
pub const PS1: &str = ">>> ";
/// The continuation prompt.
pub const PS2: &str = "... ";
/// The paste-mode prompt.
pub const PS_PASTE: &str = "=== ";
/// Raw-paste flow-control window in bytes (as MicroPython's unix port).
pub const RAW_PASTE_WINDOW: u16 = 128;
/// What the raw REPL prints on entry (before its `>` prompt).
pub const RAW_BANNER: &str = "raw REPL; CTRL-B to exit\r\n";

const CTRL_A: u8 = 1;
const CTRL_B: u8 = 2;
const CTRL_C: u8 = 3;
const CTRL_D: u8 = 4;
const CTRL_E: u8 = 5;

/// Where the REPL reads keys from.
pub trait Console {
    /// The next input byte, or None at end of input.
    fn read_byte(&mut self) -> Option<u8>;
    /// `true`: key-at-a-time input without echo (the REPL reads);
    /// `false`: the console's normal mode (code runs). A no-op on pipes.
    fn set_raw(&mut self, _on: bool) {}
}

/// How a friendly-mode line ended.
enum Key {
    /// Enter: the line's text.
    Line(String),
    /// Ctrl-A on an empty line.
    RawRepl,
    /// Ctrl-B on an empty line.
    Banner,
    /// Ctrl-C.
    Cancel,
    /// Ctrl-D on an empty line.
    CtrlD,
    /// Ctrl-E on an empty line.
    Paste,
    /// End of input.
    Eof,
}

/// The REPL: a VM and its console.
struct Repl<'a> {
    vm: &'a mut Vm,
    con: &'a mut dyn Console,
    /// The previous byte was `\r` (a following `\n` is the same Enter).
    after_cr: bool,
}

/// Runs the REPL until end of input, a soft reset or `SystemExit`;
/// returns the exit status. `show_banner` prints the banner first. The
/// globals are `__main__`'s (a script's, after `pycopy -i script.py`).
pub fn run(vm: &mut Vm, con: &mut dyn Console, show_banner: bool) -> i32 {
    if setup_main(vm).is_err() {
        return report(vm);
    }
    con.set_raw(true);
    let mut r = Repl {
        vm,
        con,
        after_cr: false,
    };
    if show_banner {
        r.out(&banner().replace('\n', "\r\n"));
    }
    let code = r.friendly();
    r.vm.hal.flush();
    r.con.set_raw(false);
    code
}

impl Repl<'_> {
    fn out(&mut self, s: &str) {
        self.vm.hal.stdout(s.as_bytes());
    }

    fn key(&mut self) -> Option<u8> {
        self.vm.hal.flush();
        self.con.read_byte()
    }

    /// Skips the rest of an escape sequence (arrow keys and the like).
    fn skip_escape(&mut self) {
        if let Some(b'[' | b'O') = self.key() {
            while let Some(b) = self.key() {
                if (0x40..=0x7e).contains(&b) {
                    break;
                }
            }
        }
    }

    /// Reads one friendly-mode line after writing `prompt`.
    fn read_line(&mut self, prompt: &str) -> Key {
        self.out(prompt);
        let mut line: Vec<u8> = Vec::new();
        loop {
            let Some(b) = self.key() else {
                if line.is_empty() {
                    return Key::Eof;
                }
                self.out("\r\n");
                return Key::Line(String::from_utf8_lossy(&line).into_owned());
            };
            let after_cr = std::mem::replace(&mut self.after_cr, b == b'\r');
            match b {
                b'\n' if after_cr => {}
                b'\r' | b'\n' => {
                    self.out("\r\n");
                    return Key::Line(String::from_utf8_lossy(&line).into_owned());
                }
                CTRL_C => {
                    self.out("\r\n");
                    return Key::Cancel;
                }
                CTRL_A if line.is_empty() => return Key::RawRepl,
                CTRL_B if line.is_empty() => return Key::Banner,
                CTRL_D if line.is_empty() => return Key::CtrlD,
                CTRL_E if line.is_empty() => return Key::Paste,
                8 | 0x7f => {
                    // Remove one (UTF-8) character.
                    while let Some(c) = line.pop() {
                        if c & 0xc0 != 0x80 {
                            break;
                        }
                    }
                    self.out("\x08\x1b[K");
                }
                0x1b => self.skip_escape(),
                b'\t' => {
                    line.push(b'\t');
                    self.vm.hal.stdout(b"\t");
                }
                0..=0x1f => {}
                _ => {
                    line.push(b);
                    self.vm.hal.stdout(&[b]);
                }
            }
        }
    }

    /// The friendly REPL loop.
    fn friendly(&mut self) -> i32 {
        loop {
            let line = match self.read_line(PS1) {
                Key::Line(l) => l,
                Key::Cancel => continue,
                Key::Eof | Key::CtrlD => {
                    self.out("\r\n");
                    return 0;
                }
                Key::Banner => {
                    self.out("\r\n");
                    self.out(&banner().replace('\n', "\r\n"));
                    continue;
                }
                Key::Paste => match self.paste() {
                    Some(code) => return code,
                    None => continue,
                },
                Key::RawRepl => match self.raw() {
                    Some(code) => return code,
                    None => continue,
                },
            };
            if line.trim().is_empty() {
                continue;
            }
            let mut src = line;
            src.push('\n');
            let status = match pycopy_compiler::compile_interactive(&src) {
                Err(e) if e.incomplete() => self.continuation(src),
                r => self.finish(&src, r, false).1,
            };
            if let Some(code) = status {
                return code;
            }
        }
    }

    /// Reads `... ` lines after the incomplete input `src` until it
    /// compiles (a compound statement needs an empty line or Ctrl-D),
    /// then runs it. `Some(status)` when the REPL must exit.
    fn continuation(&mut self, mut src: String) -> Option<i32> {
        loop {
            match self.read_line(PS2) {
                Key::Line(line) => {
                    src.push_str(&line);
                    src.push('\n');
                }
                Key::Cancel => return None,
                Key::Eof => {
                    // End of input closes a pending block like an empty line.
                    self.out("\r\n");
                    src.push('\n');
                    let r = pycopy_compiler::compile_interactive(&src);
                    return self.finish(&src, r, false).1.or(Some(0));
                }
                Key::CtrlD => {
                    self.out("\r\n");
                    src.push('\n');
                }
                // Ctrl-A/B/E mean nothing inside a block.
                Key::RawRepl | Key::Banner | Key::Paste => {
                    self.out("\r\n");
                    continue;
                }
            }
            match pycopy_compiler::compile_interactive(&src) {
                Err(e) if e.incomplete() => {}
                r => return self.finish(&src, r, false).1,
            }
        }
    }

    /// Paste mode (after Ctrl-E). `Some(status)` when the REPL must exit.
    fn paste(&mut self) -> Option<i32> {
        self.out("\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n");
        self.out(PS_PASTE);
        let mut buf: Vec<u8> = Vec::new();
        loop {
            let b = self.key();
            let after_cr = std::mem::replace(&mut self.after_cr, b == Some(b'\r'));
            match b {
                Some(CTRL_C) => {
                    self.out("\r\n");
                    return None;
                }
                None | Some(CTRL_D) => {
                    self.out("\r\n");
                    let src = String::from_utf8_lossy(&buf).into_owned();
                    let r = pycopy_compiler::compile_module(&src, "<stdin>");
                    let status = self.finish(&src, r, false).1;
                    return if b.is_none() {
                        status.or(Some(0))
                    } else {
                        status
                    };
                }
                Some(b'\n') if after_cr => {}
                Some(b'\r' | b'\n') => {
                    buf.push(b'\n');
                    self.out("\r\n");
                    self.out(PS_PASTE);
                }
                Some(c) => {
                    buf.push(c);
                    self.vm.hal.stdout(&[c]);
                }
            }
        }
    }

    /// The raw REPL (after Ctrl-A). `None` when Ctrl-B returns to friendly
    /// mode, `Some(status)` when the REPL must exit.
    fn raw(&mut self) -> Option<i32> {
        self.out("\r\n");
        self.out(RAW_BANNER);
        loop {
            self.out(">");
            let mut line: Vec<u8> = Vec::new();
            loop {
                let Some(b) = self.key() else {
                    // End of input: run what was sent, then leave.
                    if !line.is_empty() {
                        self.out("OK");
                        let status = self.raw_exec(&line);
                        return Some(status.unwrap_or(0));
                    }
                    return Some(0);
                };
                match b {
                    CTRL_A if line == [CTRL_E, b'A'] => {
                        if let Some(code) = self.raw_paste() {
                            return Some(code);
                        }
                        break;
                    }
                    CTRL_A => {
                        self.out("\r\n");
                        self.out(RAW_BANNER);
                        break;
                    }
                    CTRL_B => {
                        self.out("\r\n");
                        self.out(&banner().replace('\n', "\r\n"));
                        return None;
                    }
                    CTRL_C => line.clear(),
                    CTRL_D if line.is_empty() => {
                        // Soft reset: on unix the process ends.
                        self.out("OK\r\n");
                        return Some(0);
                    }
                    CTRL_D => {
                        self.out("OK");
                        if let Some(code) = self.raw_exec(&line) {
                            return Some(code);
                        }
                        break;
                    }
                    _ => line.push(b),
                }
            }
        }
    }

    /// Raw-paste mode: flow-controlled data until Ctrl-D, then runs it.
    fn raw_paste(&mut self) -> Option<i32> {
        let w = RAW_PASTE_WINDOW;
        self.vm
            .hal
            .stdout(&[b'R', 1, (w & 0xff) as u8, (w >> 8) as u8, 1]);
        let mut data: Vec<u8> = Vec::new();
        let mut in_window = 0u16;
        loop {
            match self.key() {
                None | Some(CTRL_D) => break,
                Some(CTRL_C) => {
                    self.vm.hal.stdout(b"\x04\x04KeyboardInterrupt\n\x04");
                    return None;
                }
                Some(b) => {
                    data.push(b);
                    in_window += 1;
                    if in_window == w {
                        in_window = 0;
                        self.vm.hal.stdout(b"\x01");
                    }
                }
            }
        }
        self.vm.hal.stdout(b"\x04");
        self.raw_exec(&data)
    }

    /// Runs raw-mode input and frames its output:
    /// `<stdout>\x04<traceback>\x04`. `Some(status)` on `SystemExit`.
    fn raw_exec(&mut self, src: &[u8]) -> Option<i32> {
        let src = String::from_utf8_lossy(src).into_owned();
        let r = pycopy_compiler::compile_module(&src, "<stdin>");
        let (err, status) = self.finish(&src, r, true);
        self.vm.hal.stdout(b"\x04");
        if let Some(tb) = err {
            self.out(&tb);
        }
        self.vm.hal.stdout(b"\x04");
        status
    }

    /// Runs a compiled input (or reports its compile error) with the
    /// console in its normal mode. In `raw` mode the traceback text is
    /// returned (for the framing) instead of printed on stderr. The
    /// second item is `Some(status)` when the REPL must exit.
    fn finish(
        &mut self,
        src: &str,
        r: Result<CodeObject, CompileError>,
        raw: bool,
    ) -> (Option<String>, Option<i32>) {
        self.vm.hal.flush();
        self.con.set_raw(false);
        let (err, status) = match r {
            Ok(co) => {
                pycopy_vm::pending::clear_keyboard_interrupt();
                let out = match exec(self.vm, &co) {
                    Ok(()) => Outcome::Ok,
                    Err(_) => uncaught(self.vm),
                };
                match out {
                    Outcome::Ok => (None, None),
                    Outcome::Exit(n) => (None, Some(n)),
                    Outcome::Error(tb) => (Some(tb), None),
                }
            }
            Err(e) => {
                let (line, _) = e.line_col(src);
                let msg = format!(
                    "Traceback (most recent call last):\n  File \"<stdin>\", line {line}\n{}: {}\n",
                    e.exception_name(),
                    e.message()
                );
                (Some(msg), None)
            }
        };
        let err = match err {
            Some(tb) if !raw => {
                self.vm.hal.stderr(tb.as_bytes());
                None
            }
            e => e,
        };
        self.vm.hal.flush();
        self.con.set_raw(true);
        (err, status)
    }
}

/// The `__main__` module (registered in `sys.modules` by [`setup_main`]).
fn main_module(vm: &Vm) -> Value {
    let mods = vm.st.modules;
    dict::get_str(vm, mods, Value::qstr(q::D_MAIN)).unwrap_or(Value::NONE)
}

/// Creates `__main__` with `__builtins__` and registers it, unless a
/// script already made it (`pycopy -i script.py`).
fn setup_main(vm: &mut Vm) -> PyResult<()> {
    if main_module(vm).is_none() {
        let m = pycopy_vm::import::new_module(vm, "__main__")?;
        let mods = vm.st.modules;
        dict::set(vm, mods, Value::qstr(q::D_MAIN), m)?;
    }
    let g = vm.slot(main_module(vm), 1);
    let b = vm.st.builtins;
    dict::set(vm, g, Value::qstr(q::D_BUILTINS), b)?;
    Ok(())
}

/// Loads and runs one compiled input in `__main__`'s globals.
fn exec(vm: &mut Vm, co: &CodeObject) -> PyResult<()> {
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

    /// Keys shared by the console (the REPL's reads) and the HAL
    /// (`input()`'s line reads).
    type Keys = Rc<RefCell<VecDeque<u8>>>;

    /// A terminal stand-in: a transcript of everything written (stderr
    /// parts marked `[err]...[/err]`); `input()` lines are echoed as a
    /// terminal in its normal mode would.
    #[derive(Debug)]
    struct ScriptHal {
        keys: Keys,
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
            let mut k = self.keys.borrow_mut();
            if k.is_empty() {
                return None;
            }
            let mut l = Vec::new();
            while let Some(b) = k.pop_front() {
                if b == b'\n' {
                    break;
                }
                l.push(b);
            }
            let l = String::from_utf8_lossy(&l).into_owned();
            let mut o = self.out.borrow_mut();
            o.push_str(&l);
            o.push('\n');
            Some(l)
        }
    }

    struct ScriptConsole(Keys);

    impl Console for ScriptConsole {
        fn read_byte(&mut self) -> Option<u8> {
            self.0.borrow_mut().pop_front()
        }
    }

    /// Runs the REPL over raw `input` under both collectors; returns
    /// (status, transcript) after checking both collectors agree.
    fn session_bytes(input: &[u8]) -> (i32, String) {
        let mut results = Vec::new();
        for gc in [CollectorKind::MarkSweep, CollectorKind::Compacting] {
            let out = Rc::new(RefCell::new(String::new()));
            let keys: Keys = Rc::new(RefCell::new(input.iter().copied().collect()));
            let hal = ScriptHal {
                keys: Rc::clone(&keys),
                out: Rc::clone(&out),
            };
            let Ok(mut vm) = Vm::new(1 << 20, gc, Box::new(hal)) else {
                panic!("no VM");
            };
            let code = run(&mut vm, &mut ScriptConsole(keys), false);
            drop(vm);
            let text = out.borrow().clone();
            results.push((code, text));
        }
        assert_eq!(results[0], results[1], "collectors disagree");
        results.swap_remove(0)
    }

    /// [`session_bytes`] over lines each ended by `\n`, with the REPL's
    /// `\r\n` shown as `\n`.
    fn session(lines: &[&str]) -> (i32, String) {
        let mut input = String::new();
        for l in lines {
            input.push_str(l);
            input.push('\n');
        }
        let (code, t) = session_bytes(input.as_bytes());
        (code, t.replace("\r\n", "\n"))
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

    #[test]
    fn ctrl_c_cancels_the_line_and_the_block() {
        let (code, t) = session_bytes(b"1 +\x03for i in (1,):\n    i\n\x03i = 7\ni\n");
        assert_eq!(code, 0);
        assert_eq!(
            t,
            ">>> 1 +\r\n>>> for i in (1,):\r\n...     i\r\n... \r\n>>> i = 7\r\n>>> i\r\n7\n>>> \r\n"
        );
    }

    #[test]
    fn ctrl_d_exits_at_an_empty_prompt_and_ends_a_block() {
        let (code, t) = session_bytes(b"if 1:\r\n  print('in')\r\x04\x04print('no')\n");
        assert_eq!(code, 0);
        assert_eq!(t, ">>> if 1:\r\n...   print('in')\r\n... \r\nin\n>>> \r\n");
    }

    #[test]
    fn backspace_and_escape_sequences() {
        let (_, t) = session_bytes(b"12\x7f3\x1b[A + 1\n");
        assert_eq!(t, ">>> 12\x08\x1b[K3 + 1\r\n14\n>>> \r\n");
    }

    #[test]
    fn paste_mode_runs_the_block_as_a_file() {
        let (_, t) = session_bytes(b"\x05x = 5\ry = x*2\r\ny\r\x04y\r");
        assert_eq!(
            t,
            ">>> \r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== x = 5\r\n=== y = x*2\r\n\
             === y\r\n=== \r\n>>> y\r\n10\n>>> \r\n"
        );
        let (_, t) = session_bytes(b"\x05x = 1\r\x03x\r");
        assert!(t.contains("=== \r\n>>> x\r\n[err]"), "{t}");
    }

    #[test]
    fn raw_repl_frames_output_and_errors() {
        let (code, t) = session_bytes(b"\x01print(6*7)\x041/0\x04\x02");
        assert_eq!(code, 0);
        assert_eq!(
            t,
            ">>> \r\nraw REPL; CTRL-B to exit\r\n>OK42\n\x04\x04>OK\x04Traceback (most recent call last):\n  \
             File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero\n\x04>\r\n\
             MicroPython v1.22.0; Pycopy in Rust v0.1.0 on linux\r\nUse Ctrl-D to exit, Ctrl-E for paste mode\r\n>>> \r\n"
                .replace("v0.1.0", &format!("v{}", env!("CARGO_PKG_VERSION")))
        );
    }

    #[test]
    fn raw_paste_negotiates_window_and_acks() {
        let mut input = b"\x01\x05A\x01".to_vec();
        let body = format!("s = {:?}\nprint(len(s))\n", "x".repeat(300));
        input.extend_from_slice(body.as_bytes());
        input.extend_from_slice(b"\x04\x04");
        let (code, t) = session_bytes(&input);
        assert_eq!(code, 0);
        let n = body.len() / 128;
        let want = format!(
            ">>> \r\nraw REPL; CTRL-B to exit\r\n>R\x01\u{fffd}\x00\x01{}\x04300\n\x04\x04>OK\r\n",
            "\x01".repeat(n)
        );
        assert_eq!(t, want);
    }
}
