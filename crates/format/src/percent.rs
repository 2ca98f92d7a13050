//! The printf-style `%` operator: parsing of conversion specifiers, and the
//! per-conversion formatting of numbers.
//!
//! The VM walks the [`Piece`]s of a format string, fetches each argument
//! (from the tuple or, with `%(key)s`, the mapping), converts it (`str`,
//! `repr`, int or float) and calls [`pad`], [`int`] or [`float`] here.

use crate::float::format_float;
use crate::int::{format_int, IntArg};
use crate::spec::{Align, FormatSpec, Sign};
use crate::{FormatError, Result};
use alloc::string::String;

/// A width or precision of a conversion specifier.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Count {
    /// Not given.
    None,
    /// `*`: taken from the next argument.
    Star,
    /// A number written in the format.
    Fixed(usize),
}

/// The flags of a conversion specifier.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Flags {
    /// `-`: left-align.
    pub left: bool,
    /// `+`: always a sign.
    pub plus: bool,
    /// ` `: space for a positive sign.
    pub space: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// `0`: zero padding.
    pub zero: bool,
}

/// One conversion specifier `%[(key)][flags][width][.precision]type`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Conversion<'a> {
    /// The mapping key, for `%(key)s`.
    pub key: Option<&'a str>,
    /// Flags.
    pub flags: Flags,
    /// Field width.
    pub width: Count,
    /// Precision.
    pub precision: Count,
    /// The conversion character (`s r a d i u o x X e E f F g G c %`).
    pub conv: char,
}

/// A piece of a `%` format string.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Piece<'a> {
    /// Literal text.
    Text(&'a str),
    /// A conversion; `%%` is a literal `%` piece instead.
    Conv(Conversion<'a>),
}

/// Errors of `%` format strings; `Display` gives CPython's message.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PercentError {
    /// Unknown conversion character (`%y`).
    #[error("unsupported format character '{ch}' (0x{code:x}) at index {index}")]
    Unsupported {
        /// The character.
        ch: char,
        /// Its code point.
        code: u32,
        /// Its index in the format string.
        index: usize,
    },
    /// The string ends inside a specifier.
    #[error("incomplete format")]
    Incomplete,
    /// `%(key` without `)`.
    #[error("incomplete format key")]
    IncompleteKey,
}

/// Iterates over the pieces of a `%` format string.
#[derive(Clone, Debug)]
pub struct Pieces<'a> {
    text: &'a str,
    pos: usize,
    bytes_mode: bool,
}

/// Splits a `%` format string (of a str) into pieces.
pub fn pieces(text: &str) -> Pieces<'_> {
    Pieces {
        text,
        pos: 0,
        bytes_mode: false,
    }
}

/// Splits a `%` format string of a bytes object (decoded as Latin-1 or
/// ASCII by the caller) into pieces: as [`pieces`], and `%b` is accepted
/// (PEP 461).
pub fn pieces_bytes(text: &str) -> Pieces<'_> {
    Pieces {
        text,
        pos: 0,
        bytes_mode: true,
    }
}

impl<'a> Pieces<'a> {
    fn parse_count(&mut self) -> Count {
        let bytes = self.text.as_bytes();
        if bytes.get(self.pos) == Some(&b'*') {
            self.pos += 1;
            return Count::Star;
        }
        let start = self.pos;
        let mut n: usize = 0;
        while let Some(&b) = bytes.get(self.pos).filter(|b| b.is_ascii_digit()) {
            n = n.saturating_mul(10).saturating_add(usize::from(b - b'0'));
            self.pos += 1;
        }
        if self.pos > start {
            Count::Fixed(n)
        } else {
            Count::None
        }
    }

    fn conversion(&mut self) -> core::result::Result<Piece<'a>, PercentError> {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut key = None;
        if bytes.get(self.pos) == Some(&b'(') {
            let mut depth = 1;
            let start = self.pos + 1;
            let mut i = start;
            while depth > 0 {
                match bytes.get(i) {
                    Some(b'(') => depth += 1,
                    Some(b')') => depth -= 1,
                    Some(_) => {}
                    None => return Err(PercentError::IncompleteKey),
                }
                i += 1;
            }
            key = text.get(start..i - 1);
            self.pos = i;
        }
        let mut flags = Flags::default();
        loop {
            match bytes.get(self.pos) {
                Some(b'-') => flags.left = true,
                Some(b'+') => flags.plus = true,
                Some(b' ') => flags.space = true,
                Some(b'#') => flags.alternate = true,
                Some(b'0') => flags.zero = true,
                _ => break,
            }
            self.pos += 1;
        }
        let width = self.parse_count();
        let mut precision = Count::None;
        if bytes.get(self.pos) == Some(&b'.') {
            self.pos += 1;
            precision = match self.parse_count() {
                Count::None => Count::Fixed(0),
                c => c,
            };
        }
        // Length modifiers are accepted and ignored, as in CPython.
        while matches!(bytes.get(self.pos), Some(b'h' | b'l' | b'L')) {
            self.pos += 1;
        }
        let index = self.pos;
        let conv = text
            .get(self.pos..)
            .and_then(|s| s.chars().next())
            .ok_or(PercentError::Incomplete)?;
        self.pos += conv.len_utf8();
        match conv {
            '%' if key.is_none() => Ok(Piece::Text("%")),
            's' | 'r' | 'a' | 'd' | 'i' | 'u' | 'o' | 'x' | 'X' | 'e' | 'E' | 'f' | 'F' | 'g'
            | 'G' | 'c' | '%' => Ok(Piece::Conv(Conversion {
                key,
                flags,
                width,
                precision,
                conv,
            })),
            'b' if self.bytes_mode => Ok(Piece::Conv(Conversion {
                key,
                flags,
                width,
                precision,
                conv,
            })),
            ch => Err(PercentError::Unsupported {
                ch,
                code: ch as u32,
                index: text.get(..index).map_or(0, |s| s.chars().count()),
            }),
        }
    }
}

impl<'a> Iterator for Pieces<'a> {
    type Item = core::result::Result<Piece<'a>, PercentError>;

    fn next(&mut self) -> Option<Self::Item> {
        let rest = self.text.get(self.pos..)?;
        if rest.is_empty() {
            return None;
        }
        match rest.find('%') {
            Some(0) => {
                self.pos += 1;
                Some(self.conversion())
            }
            Some(n) => {
                self.pos += n;
                rest.get(..n).map(|t| Ok(Piece::Text(t)))
            }
            None => {
                self.pos = self.text.len();
                Some(Ok(Piece::Text(rest)))
            }
        }
    }
}

/// The format spec equivalent to a conversion's flags, width and precision
/// (with `*` already resolved by the caller into `width`/`precision`).
pub fn to_spec(
    flags: Flags,
    width: usize,
    precision: Option<usize>,
    ty: Option<char>,
) -> FormatSpec {
    let mut spec = FormatSpec {
        width,
        precision,
        ty,
        alternate: flags.alternate,
        ..FormatSpec::default()
    };
    spec.sign = if flags.plus {
        Sign::Plus
    } else if flags.space {
        Sign::Space
    } else {
        Sign::Minus
    };
    if flags.left {
        spec.align = Some(Align::Left);
    } else if flags.zero {
        spec.fill = '0';
        spec.align = Some(Align::AfterSign);
    } else {
        spec.align = Some(Align::Right);
    }
    spec
}

/// `%s`/`%r`/`%a`/`%c` of an already-converted text: precision truncates,
/// width pads (left with `-`).
pub fn text(s: &str, flags: Flags, width: usize, precision: Option<usize>) -> String {
    let s = match precision.and_then(|p| s.char_indices().nth(p)) {
        Some((at, _)) => s.get(..at).unwrap_or(s),
        None => s,
    };
    let spec = FormatSpec {
        width,
        align: Some(if flags.left {
            Align::Left
        } else {
            Align::Right
        }),
        ..FormatSpec::default()
    };
    crate::pad::pad_text(&spec, s, Align::Right)
}

/// `%d %i %u %o %x %X` of an int. Precision pads the digits with zeros.
pub fn int(
    arg: IntArg<'_>,
    conv: char,
    flags: Flags,
    width: usize,
    precision: Option<usize>,
) -> Result<String> {
    let ty = match conv {
        'd' | 'i' | 'u' => 'd',
        other => other,
    };
    let negative = arg.negative;
    let radix = match ty {
        'o' => 8,
        'x' | 'X' => 16,
        _ => 10,
    };
    let mut digits = (arg.digits)(radix);
    if let Some(p) = precision {
        if digits.len() < p {
            let mut padded = String::new();
            crate::push_n(&mut padded, '0', p - digits.len());
            padded.push_str(&digits);
            digits = padded;
        }
    }
    let mut spec = to_spec(flags, width, None, Some(ty));
    // `%#o` gives `0o17` in Python 3, like format's `#o`.
    spec.alternate = flags.alternate;
    let mut give = |_r: u32| digits.clone();
    format_int(
        IntArg {
            negative,
            digits: &mut give,
            small: None,
        },
        &spec,
    )
}

/// `%e %E %f %F %g %G` of a float.
pub fn float(
    f: f64,
    conv: char,
    flags: Flags,
    width: usize,
    precision: Option<usize>,
) -> Result<String> {
    let spec = to_spec(flags, width, Some(precision.unwrap_or(6)), Some(conv));
    format_float(f, &spec)
}

/// The error for `%c` with an out-of-range int.
pub fn char_range_error() -> FormatError {
    FormatError::CharRange
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::int::small_digits;
    use alloc::vec::Vec;

    fn conv_of(s: &str) -> Conversion<'_> {
        match pieces(s).next().unwrap().unwrap() {
            Piece::Conv(c) => c,
            other => panic!("not a conversion: {other:?}"),
        }
    }

    #[test]
    fn splits_pieces() {
        let got: Vec<_> = pieces("a%5.2sb%%c%(k)d").map(|p| p.unwrap()).collect();
        assert_eq!(got.len(), 6);
        assert_eq!(got[0], Piece::Text("a"));
        assert_eq!(got[2], Piece::Text("b"));
        assert_eq!(got[3], Piece::Text("%"));
        assert_eq!(got[4], Piece::Text("c"));
        match got[5] {
            Piece::Conv(c) => assert_eq!(c.key, Some("k")),
            _ => panic!("expected a conversion"),
        }
        let c = conv_of("%-*.*f");
        assert!(c.flags.left);
        assert_eq!(
            (c.width, c.precision, c.conv),
            (Count::Star, Count::Star, 'f')
        );
    }

    #[test]
    fn errors() {
        assert_eq!(pieces("%").next().unwrap(), Err(PercentError::Incomplete));
        assert_eq!(
            pieces("%(a").next().unwrap(),
            Err(PercentError::IncompleteKey)
        );
        assert_eq!(
            pieces("ab%y").nth(1).unwrap(),
            Err(PercentError::Unsupported {
                ch: 'y',
                code: 0x79,
                index: 3
            })
        );
    }

    fn int_of(v: i64, spec: &str) -> String {
        let c = conv_of(spec);
        let w = match c.width {
            Count::Fixed(n) => n,
            _ => 0,
        };
        let p = match c.precision {
            Count::Fixed(n) => Some(n),
            _ => None,
        };
        let mut d = |r| small_digits(v, r);
        int(
            IntArg {
                negative: v < 0,
                digits: &mut d,
                small: Some(v),
            },
            c.conv,
            c.flags,
            w,
            p,
        )
        .unwrap()
    }

    #[test]
    fn ints() {
        assert_eq!(int_of(3, "%-5d"), "3    ");
        assert_eq!(int_of(8, "%#o"), "0o10");
        assert_eq!(int_of(255, "%x"), "ff");
        assert_eq!(int_of(-42, "%05d"), "-0042");
        assert_eq!(int_of(7, "%.3d"), "007");
        assert_eq!(int_of(7, "%+d"), "+7");
        assert_eq!(int_of(-255, "%#X"), "-0XFF");
    }

    #[test]
    fn floats_and_text() {
        assert_eq!(
            float(
                12345.678,
                'e',
                Flags {
                    plus: true,
                    ..Flags::default()
                },
                0,
                Some(3)
            )
            .unwrap(),
            "+1.235e+04"
        );
        assert_eq!(
            float(1.5, 'f', Flags::default(), 8, None).unwrap(),
            "1.500000"
        );
        assert_eq!(
            float(0.00001234, 'g', Flags::default(), 0, None).unwrap(),
            "1.234e-05"
        );
        assert_eq!(text("abc", Flags::default(), 5, Some(2)), "   ab");
        assert_eq!(
            text(
                "abc",
                Flags {
                    left: true,
                    ..Flags::default()
                },
                5,
                None
            ),
            "abc  "
        );
    }
}
