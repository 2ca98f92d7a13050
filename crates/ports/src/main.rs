//! `pycopy`: the unix port's command-line interpreter.
//!
//! `pycopy script.py [args]`, `pycopy -c code [args]`, `pycopy -m module`,
//! a script from stdin when it is not a terminal, the REPL (`repl.rs`,
//! console in `term.rs`) otherwise or with `-i` (after the script, in its
//! globals, with `-i script.py`); Ctrl-C and timers via `events.rs`;
//! `-X heapsize=N[K|M]`, `-X gc=marksweep|compact`.

mod events;
mod repl;
mod term;
mod unix;

// Link the builtin modules: their registrations live in this crate's
// linkme slice only if the crate is linked.
#[allow(unused_extern_crates)]
extern crate pycopy_modules;

use pycopy_vm::hal::{Hal, OpenMode, PathKind};
use pycopy_vm::run::Outcome;
use pycopy_vm::{CollectorKind, Vm};
use std::io::{IsTerminal, Read, Write};

/// The std-backed HAL.
#[derive(Debug, Default)]
struct StdHal {
    out: Vec<u8>,
    files: unix::FileTable,
    board: unix::UnixBoard,
}

impl Hal for StdHal {
    fn stdout(&mut self, bytes: &[u8]) {
        self.out.extend_from_slice(bytes);
        if self.out.len() > 8192 {
            self.flush();
        }
    }
    fn stderr(&mut self, bytes: &[u8]) {
        self.flush();
        let _ = std::io::stderr().write_all(bytes);
    }
    fn flush(&mut self) {
        let _ = std::io::stdout().write_all(&self.out);
        let _ = std::io::stdout().flush();
        self.out.clear();
    }
    fn read_file(&mut self, path: &str) -> Option<Vec<u8>> {
        std::fs::read(path).ok()
    }
    fn stat(&mut self, path: &str) -> PathKind {
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => PathKind::Dir,
            Ok(_) => PathKind::File,
            Err(_) => PathKind::Missing,
        }
    }
    fn ticks_ns(&mut self) -> u64 {
        events::ticks_ns()
    }
    fn wake_at(&mut self, deadline: u64) {
        events::wake_at(deadline);
    }
    fn time_ns(&mut self) -> u64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64)
    }
    fn sleep_ns(&mut self, ns: u64) {
        self.flush();
        std::thread::sleep(std::time::Duration::from_nanos(ns));
    }
    fn file_open(&mut self, path: &str, mode: OpenMode) -> Result<i32, i32> {
        self.files.open(path, mode)
    }
    fn file_read(&mut self, fd: i32, buf: &mut [u8]) -> Result<usize, i32> {
        if fd == 0 {
            self.flush();
        }
        self.files.read(fd, buf)
    }
    fn file_write(&mut self, fd: i32, bytes: &[u8]) -> Result<usize, i32> {
        match fd {
            1 => self.stdout(bytes),
            2 => self.stderr(bytes),
            _ => return self.files.write(fd, bytes),
        }
        Ok(bytes.len())
    }
    fn file_seek(&mut self, fd: i32, off: i64, whence: u8) -> Result<u64, i32> {
        self.files.seek(fd, off, whence)
    }
    fn file_flush(&mut self, fd: i32) -> Result<(), i32> {
        match fd {
            0 => Ok(()),
            1 | 2 => {
                self.flush();
                Ok(())
            }
            _ => self.files.flush(fd),
        }
    }
    fn file_close(&mut self, fd: i32) -> Result<(), i32> {
        self.files.close(fd);
        Ok(())
    }
    fn board(&mut self) -> Option<&mut dyn pycopy_vm::board::Board> {
        Some(&mut self.board)
    }
    fn read_line(&mut self) -> Option<String> {
        self.flush();
        let mut s = String::new();
        match std::io::stdin().read_line(&mut s) {
            Ok(0) | Err(_) => None,
            Ok(_) => Some(s.trim_end_matches(['\n', '\r']).to_string()),
        }
    }
}

impl Drop for StdHal {
    fn drop(&mut self) {
        self.flush();
    }
}

fn parse_size(s: &str) -> Option<usize> {
    let (num, mul) = match s.chars().last()? {
        'K' | 'k' => (&s[..s.len() - 1], 1024),
        'M' | 'm' => (&s[..s.len() - 1], 1024 * 1024),
        _ => (s, 1),
    };
    num.parse::<usize>().ok()?.checked_mul(mul)
}

enum Mode {
    Script(String),
    Code(String),
    Module(String),
    Stdin,
    Repl,
}

fn real_main() -> i32 {
    let args: Vec<String> = std::env::args().collect();
    let mut heap = 2 * 1024 * 1024;
    let mut gc = CollectorKind::MarkSweep;
    let mut i = 1;
    let mut mode = None;
    let mut inspect = false;
    while i < args.len() {
        let a = &args[i];
        if a == "-i" {
            inspect = true;
            i += 1;
        } else if a == "-X" {
            let Some(opt) = args.get(i + 1) else {
                eprintln!("pycopy: -X needs an option");
                return 2;
            };
            if let Some(v) = opt.strip_prefix("heapsize=") {
                match parse_size(v) {
                    Some(n) => heap = n,
                    None => {
                        eprintln!("pycopy: bad heap size '{v}'");
                        return 2;
                    }
                }
            } else if let Some(v) = opt.strip_prefix("gc=") {
                match CollectorKind::parse(v) {
                    Some(k) => gc = k,
                    None => {
                        eprintln!("pycopy: unknown collector '{v}'");
                        return 2;
                    }
                }
            }
            i += 2;
        } else if a == "-c" {
            let Some(c) = args.get(i + 1) else {
                eprintln!("pycopy: -c needs an argument");
                return 2;
            };
            mode = Some(Mode::Code(c.clone()));
            i += 2;
            break;
        } else if a == "-m" {
            let Some(c) = args.get(i + 1) else {
                eprintln!("pycopy: -m needs an argument");
                return 2;
            };
            mode = Some(Mode::Module(c.clone()));
            i += 2;
            break;
        } else {
            mode = Some(Mode::Script(a.clone()));
            i += 1;
            break;
        }
    }
    let mode = mode.unwrap_or(if inspect || std::io::stdin().is_terminal() {
        Mode::Repl
    } else {
        Mode::Stdin
    });
    let rest: Vec<String> = args.get(i..).unwrap_or(&[]).to_vec();
    events::install_sigint();
    let mut vm = match Vm::new(
        heap,
        gc,
        Box::new(StdHal {
            out: Vec::new(),
            files: unix::FileTable::default(),
            board: unix::UnixBoard::from_env(),
        }),
    ) {
        Ok(vm) => vm,
        Err(e) => {
            eprintln!("pycopy: {e}");
            return 2;
        }
    };
    let (source, filename, argv0, dir) = match &mode {
        Mode::Script(p) => match std::fs::read(p) {
            Ok(b) => {
                let dir = std::path::Path::new(p)
                    .parent()
                    .map(|d| d.to_string_lossy().into_owned())
                    .unwrap_or_default();
                (
                    String::from_utf8_lossy(&b).into_owned(),
                    p.clone(),
                    p.clone(),
                    dir,
                )
            }
            Err(_) => {
                eprintln!("pycopy: can't open file '{p}': [Errno 2] No such file or directory");
                return 2;
            }
        },
        Mode::Code(c) => (
            c.clone(),
            "<stdin>".to_string(),
            "-c".to_string(),
            String::new(),
        ),
        Mode::Module(m) => (
            format!("import {m}\n"),
            "<stdin>".to_string(),
            m.clone(),
            String::new(),
        ),
        Mode::Stdin => {
            let mut s = String::new();
            let _ = std::io::stdin().read_to_string(&mut s);
            (s, "<stdin>".to_string(), String::new(), String::new())
        }
        Mode::Repl => {
            let path = [String::new(), ".frozen".to_string()];
            if pycopy_vm::import::set_argv(&mut vm, &[String::new()], &path).is_err() {
                eprintln!("pycopy: out of memory at start-up");
                return 1;
            }
            let code = repl::run(&mut vm, &mut term::StdConsole::new(), true);
            let mut out = Outcome::Ok;
            run_atexit(&mut vm, &mut out);
            vm.hal.flush();
            return code;
        }
    };
    let mut argv = vec![argv0];
    argv.extend(rest);
    let path = vec![dir, ".frozen".to_string()];
    if pycopy_vm::import::set_argv(&mut vm, &argv, &path).is_err() {
        eprintln!("pycopy: out of memory at start-up");
        return 1;
    }
    let mut out = pycopy_vm::run::run_main(&mut vm, &source, &filename);
    if inspect && !matches!(out, Outcome::Exit(_)) {
        // `-i`: report the script's error, then the REPL in its globals.
        if let Outcome::Error(tb) = &out {
            vm.hal.stderr(tb.as_bytes());
        }
        out = match repl::run(&mut vm, &mut term::StdConsole::new(), true) {
            0 => Outcome::Ok,
            n => Outcome::Exit(n),
        };
    }
    run_atexit(&mut vm, &mut out);
    vm.hal.flush();
    match out {
        Outcome::Ok => 0,
        Outcome::Exit(n) => n,
        Outcome::Error(tb) => {
            vm.hal.stderr(tb.as_bytes());
            1
        }
    }
}

/// Calls the function registered with `sys.atexit`, if any.
fn run_atexit(vm: &mut Vm, out: &mut Outcome) {
    let Some(k) = vm.lookup_qstr("_atexit") else {
        return;
    };
    let d = vm.slot(vm.st.sys, 1);
    let Some(f) = pycopy_vm::objects::dict::get_str(vm, d, pycopy_vm::Value::qstr(k)) else {
        return;
    };
    if f.is_none() {
        return;
    }
    if vm.call(f, &[]).is_err() {
        let o = pycopy_vm::run::uncaught(vm);
        if *out == Outcome::Ok {
            *out = o;
        }
    }
}

fn main() {
    // The VM runs on a thread with a big stack so native re-entry can nest deeply.
    let h = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(real_main);
    let code = match h {
        Ok(h) => h.join().unwrap_or(101),
        Err(_) => 2,
    };
    std::process::exit(code);
}
