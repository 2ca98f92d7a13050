//! pycopy-compiler: the register bytecode and the compiler that produces it.
//!
//! - [`bytecode`]: instruction encoding, opcodes, [`bytecode::CodeObject`]
//!   (the compiler's output, which the VM loads into its heap).
//! - `compile` (feature `compiler`): scope analysis and code generation from
//!   the parser's AST (being written).
#![no_std]
extern crate alloc;

pub mod bytecode;
