//! pycopy-parser: Python source to AST (being written). See [`ast`].
#![no_std]
extern crate alloc;

pub mod ast;
