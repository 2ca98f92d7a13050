//! Error kinds returned by the arithmetic and by `parse`.
//!
//! Each variant's `Display` text is the message CPython 3.11 gives for the
//! same case; [`PyExc`] names the Python exception class the VM raises.

/// The Python exception class an error maps to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PyExc {
    /// `ZeroDivisionError`
    ZeroDivisionError,
    /// `OverflowError`
    OverflowError,
    /// `ValueError`
    ValueError,
    /// `MemoryError`
    MemoryError,
}

/// An arithmetic or conversion error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum BigIntError {
    /// Division, modulo or true division by zero. The VM words it per
    /// operator as CPython 3.11 does: "division by zero" for `/`, "integer
    /// modulo by zero" for `%`, "integer division or modulo by zero" for `//`
    /// and `divmod`.
    #[error("integer division or modulo by zero")]
    ZeroDivision,
    /// `float(n)` of an int beyond the largest finite float.
    #[error("int too large to convert to float")]
    IntTooLargeForFloat,
    /// `a / b` whose quotient is beyond the largest finite float.
    #[error("integer division result too large for a float")]
    DivisionTooLargeForFloat,
    /// `pow(b, -e, m)` where `b` has no inverse modulo `m`.
    #[error("base is not invertible for the given modulus")]
    NotInvertible,
    /// `pow(b, e, 0)`.
    #[error("pow() 3rd argument cannot be 0")]
    ZeroModulus,
    /// `pow(b, e)` with a negative `e` and no modulus (the VM computes a
    /// float instead).
    #[error("negative exponent")]
    NegativeExponent,
    /// `int(nan)`.
    #[error("cannot convert float NaN to integer")]
    FloatNaN,
    /// `int(inf)`.
    #[error("cannot convert float infinity to integer")]
    FloatInfinity,
    /// `to_bytes` with a length too small for the value.
    #[error("int too big to convert")]
    IntTooBigToConvert,
    /// `to_bytes(..., signed=False)` of a negative value.
    #[error("can't convert negative int to unsigned")]
    NegativeToUnsigned,
    /// The result would exceed [`crate::MAX_BITS`] bits.
    #[error("too many digits in integer")]
    TooBig,
}

impl BigIntError {
    /// The Python exception class this error is raised as.
    #[must_use]
    pub fn py_exc(self) -> PyExc {
        match self {
            Self::ZeroDivision => PyExc::ZeroDivisionError,
            Self::IntTooLargeForFloat
            | Self::DivisionTooLargeForFloat
            | Self::FloatInfinity
            | Self::IntTooBigToConvert
            | Self::NegativeToUnsigned => PyExc::OverflowError,
            Self::NotInvertible | Self::ZeroModulus | Self::NegativeExponent | Self::FloatNaN => {
                PyExc::ValueError
            }
            Self::TooBig => PyExc::MemoryError,
        }
    }
}

/// Why `int(text, base)` failed; both are `ValueError` in Python.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    /// The base is not 0 and not in 2..=36.
    #[error("int() base must be >= 2 and <= 36, or 0")]
    InvalidBase,
    /// The text is not an integer literal in the base. The VM appends the
    /// base and the text's repr: "invalid literal for int() with base 10: 'x'".
    #[error("invalid literal for int()")]
    InvalidLiteral,
}
