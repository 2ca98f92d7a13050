//! pycopy-gc (skeleton; being written)
#![no_std]
extern crate alloc;
