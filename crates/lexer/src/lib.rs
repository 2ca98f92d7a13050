//! pycopy-lexer (being written): see token.rs for the token contract.
#![no_std]
extern crate alloc;

pub mod token;
pub use token::{Span, StrFlags, Token, TokenKind};
