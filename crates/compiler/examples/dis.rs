//! Prints the disassembly of a Python file: `cargo run --example dis -- f.py`.
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: dis FILE.py");
        return ExitCode::from(2);
    };
    let src = match std::fs::read_to_string(&path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::from(2);
        }
    };
    match pycopy_compiler::compile_module(&src, &path) {
        Ok(code) => {
            print!("{}", pycopy_compiler::disasm::disassemble(&code));
            if let Err(e) = pycopy_compiler::validate::validate(&code) {
                eprintln!("INVALID: {e}");
                return ExitCode::from(1);
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{}", e.display_with(&src, &path));
            ExitCode::from(1)
        }
    }
}
