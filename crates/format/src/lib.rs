//! pycopy-format: Python's text formatting of numbers and strings, as pure
//! functions over Rust strings, so the VM only supplies values.
//!
//! - [`spec`]: the format-spec mini-language (`[[fill]align][sign][z][#][0][width][grouping][.precision][type]`)
//!   parsed into a [`FormatSpec`].
//! - [`float`]: `repr(float)` (shortest digits that round-trip, CPython's
//!   rules for switching to exponent form) and `format(float, spec)` for the
//!   types `e E f F g G n %` and none.
//! - [`int`]: `format(int, spec)` for `b c d o x X n` and none, with `,`/`_`
//!   grouping and `#` prefixes; the caller supplies the magnitude's digits so
//!   arbitrarily large ints work.
//! - [`pad`]: fill and alignment shared by all of them, and `format(str, spec)`.
//! - [`percent`]: the printf-style `%` operator: a parser of conversion
//!   specifiers and the per-conversion formatting helpers.
//!
//! Errors are [`FormatError`]; the VM turns them into `ValueError` (or
//! `TypeError` where CPython raises that) with the same message text.
#![no_std]
extern crate alloc;

pub mod float;
pub mod int;
pub mod pad;
pub mod percent;
pub mod spec;

pub use spec::{Align, FormatSpec, Grouping, Sign};

use alloc::string::String;

/// A formatting error; `Display` gives CPython's message.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FormatError {
    /// The spec string does not parse.
    #[error("Invalid format specifier")]
    InvalidSpec,
    /// A `.` not followed by digits.
    #[error("Format specifier missing precision")]
    MissingPrecision,
    /// A width or precision too large to be meaningful.
    #[error("Too many decimal digits in format string")]
    TooBig,
    /// The type letter does not apply to the value's type.
    #[error("Unknown format code '{code}' for object of type '{type_name}'")]
    UnknownCode {
        /// The type letter.
        code: char,
        /// `int`, `float`, `str`.
        type_name: &'static str,
    },
    /// A sign was given for a string.
    #[error("Sign not allowed in string format specifier")]
    SignInString,
    /// `#` was given for a string.
    #[error("Alternate form (#) not allowed in string format specifier")]
    AlternateInString,
    /// `=` alignment for a string.
    #[error("'=' alignment not allowed in string format specifier")]
    EqualsAlignInString,
    /// A sign was given with `c`.
    #[error("Sign not allowed with integer format specifier 'c'")]
    SignWithC,
    /// `#` was given with `c`.
    #[error("Alternate form (#) not allowed with integer format specifier 'c'")]
    AlternateWithC,
    /// Precision given for an integer.
    #[error("Precision not allowed in integer format specifier")]
    PrecisionInInt,
    /// Grouping with a type that does not allow it.
    #[error("Cannot specify '{sep}' with '{ty}'.")]
    GroupingNotAllowed {
        /// `,` or `_`.
        sep: char,
        /// The type letter.
        ty: char,
    },
    /// Both `,` and `_`.
    #[error("Cannot specify both ',' and '_'.")]
    BothGroupings,
    /// `%c` / `c` out of range.
    #[error("%c arg not in range(0x110000)")]
    CharRange,
}

/// Result of the formatting functions.
pub type Result<T> = core::result::Result<T, FormatError>;

/// Appends `n` copies of `c` to `out`.
pub(crate) fn push_n(out: &mut String, c: char, n: usize) {
    for _ in 0..n {
        out.push(c);
    }
}
