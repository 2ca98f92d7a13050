//! `format(int, spec)`.
//!
//! The caller supplies the magnitude's digits in a radix through a closure,
//! so the same code formats small ints and huge ones.

use crate::pad::{finish_number, pad_number, sign_str};
use crate::spec::{FormatSpec, Grouping};
use crate::{FormatError, Result};
use alloc::string::String;

/// True for the type letters that format an int as a float (`e E f F g G %`):
/// the caller converts the int to a float and uses [`crate::float::format_float`].
pub fn is_float_type(ty: Option<char>) -> bool {
    matches!(ty, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%'))
}

/// An int to format: its sign, a way to get the magnitude's digits in a
/// radix (2, 8, 10 or 16, lower case), and its value when it fits in `i64`
/// (needed for `c`).
pub struct IntArg<'a> {
    /// True if the value is negative.
    pub negative: bool,
    /// Returns the magnitude's digits in the given radix.
    pub digits: &'a mut dyn FnMut(u32) -> String,
    /// The value, if it fits in `i64`.
    pub small: Option<i64>,
}

impl core::fmt::Debug for IntArg<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("IntArg")
            .field("negative", &self.negative)
            .field("small", &self.small)
            .finish()
    }
}

/// `format(int, spec)` for the types `b c d n o x X` and none. Float types
/// give [`FormatError::UnknownCode`]; see [`is_float_type`].
pub fn format_int(arg: IntArg<'_>, spec: &FormatSpec) -> Result<String> {
    let ty = spec.ty_or('d');
    let (radix, prefix, upper) = match ty {
        'd' | 'n' => (10, "", false),
        'b' => (2, "0b", false),
        'o' => (8, "0o", false),
        'x' => (16, "0x", false),
        'X' => (16, "0X", true),
        'c' => return format_char(arg, spec),
        code => {
            return Err(FormatError::UnknownCode {
                code,
                type_name: "int",
            })
        }
    };
    if spec.precision.is_some() {
        return Err(FormatError::PrecisionInInt);
    }
    if let Some(g) = spec.grouping {
        if g == Grouping::Comma && radix != 10 || ty == 'n' {
            return Err(FormatError::GroupingNotAllowed {
                sep: crate::pad::sep_char(g),
                ty,
            });
        }
    }
    let mut digits = (arg.digits)(radix);
    if upper {
        digits.make_ascii_uppercase();
    }
    let mut sign_prefix = String::from(sign_str(arg.negative, spec.sign));
    if spec.alternate {
        sign_prefix.push_str(prefix);
    }
    let group = if radix == 10 { 3 } else { 4 };
    Ok(finish_number(spec, &sign_prefix, &digits, "", group))
}

fn format_char(arg: IntArg<'_>, spec: &FormatSpec) -> Result<String> {
    if spec.precision.is_some() {
        return Err(FormatError::PrecisionInInt);
    }
    if spec.sign != crate::Sign::Minus {
        return Err(FormatError::SignWithC);
    }
    if spec.alternate {
        return Err(FormatError::AlternateWithC);
    }
    if let Some(g) = spec.grouping {
        return Err(FormatError::GroupingNotAllowed {
            sep: crate::pad::sep_char(g),
            ty: 'c',
        });
    }
    let c = arg
        .small
        .and_then(|v| u32::try_from(v).ok())
        .and_then(char::from_u32)
        .ok_or(FormatError::CharRange)?;
    let mut buf = [0u8; 4];
    Ok(pad_number(spec, "", c.encode_utf8(&mut buf), ""))
}

/// Digits of an `i64`'s magnitude in a radix (2..=36), lower case: the
/// helper callers use for small ints.
pub fn small_digits(value: i64, radix: u32) -> String {
    let mut mag = value.unsigned_abs();
    if mag == 0 {
        return String::from("0");
    }
    let mut buf = [0u8; 64];
    let mut i = buf.len();
    let radix = u64::from(radix.clamp(2, 36));
    while mag > 0 {
        i -= 1;
        let d = (mag % radix) as u8;
        buf[i] = if d < 10 { b'0' + d } else { b'a' + d - 10 };
        mag /= radix;
    }
    buf.get(i..)
        .map(|s| s.iter().map(|&b| b as char).collect())
        .unwrap_or_default()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use rstest::rstest;

    fn fmt(v: i64, spec: &str) -> Result<String> {
        let spec = FormatSpec::parse(spec)?;
        let mut digits = |r| small_digits(v, r);
        format_int(
            IntArg {
                negative: v < 0,
                digits: &mut digits,
                small: Some(v),
            },
            &spec,
        )
    }

    #[rstest]
    #[case(0, "", "0")]
    #[case(-5, "#010x", "-0x0000005")]
    #[case(12345678, ",", "12,345,678")]
    #[case(0xabcdef, "_x", "ab_cdef")]
    #[case(1234, "010,d", "00,001,234")]
    #[case(65, "c", "A")]
    #[case(65, "3c", "  A")]
    #[case(255, "#X", "0XFF")]
    #[case(5, "b", "101")]
    #[case(-8, "#o", "-0o10")]
    #[case(42, "+", "+42")]
    #[case(42, " ", " 42")]
    #[case(42, "*<6", "42****")]
    #[case(42, "^7", "  42   ")]
    #[case(i64::MIN, "", "-9223372036854775808")]
    fn formats(#[case] v: i64, #[case] spec: &str, #[case] want: &str) {
        assert_eq!(fmt(v, spec).unwrap(), want);
    }

    #[rstest]
    #[case(5, ".2", FormatError::PrecisionInInt)]
    #[case(5, ",x", FormatError::GroupingNotAllowed { sep: ',', ty: 'x' })]
    #[case(5, "s", FormatError::UnknownCode { code: 's', type_name: "int" })]
    #[case(-1, "c", FormatError::CharRange)]
    #[case(65, "+c", FormatError::SignWithC)]
    fn errors(#[case] v: i64, #[case] spec: &str, #[case] err: FormatError) {
        assert_eq!(fmt(v, spec), Err(err));
    }
}
