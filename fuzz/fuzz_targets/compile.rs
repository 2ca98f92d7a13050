//! Fuzz target `compile`: for any UTF-8 input the compiler never panics (nor
//! overflows the stack), and every code object it produces passes the
//! bytecode validator (jump targets, register, constant, name and cache
//! indexes in range), so the VM never sees malformed code.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pycopy_compiler::bytecode::CodeObject;

/// Validates a code object and (recursively) the code objects it holds.
fn validate_all(code: &CodeObject) {
    if let Err(why) = pycopy_compiler::validate::validate(code) {
        panic!("invalid code: {why}");
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(code) = pycopy_compiler::compile_module(src, "<fuzz>") {
        validate_all(&code);
    }
    if let Ok(code) = pycopy_compiler::compile_interactive(src) {
        validate_all(&code);
    }
    if let Ok(code) = pycopy_compiler::compile_eval(src) {
        validate_all(&code);
    }
});
