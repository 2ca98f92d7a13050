//! The format-spec mini-language: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.

use crate::{FormatError, Result};

/// Alignment within the field width.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^`
    Center,
    /// `=`: padding between the sign/prefix and the digits.
    AfterSign,
}

/// Sign handling for numbers.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Sign {
    /// `-` (default): only negative numbers get a sign.
    Minus,
    /// `+`: always a sign.
    Plus,
    /// ` `: a space for non-negative numbers.
    Space,
}

/// Digit grouping.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Grouping {
    /// `,` every three decimal digits.
    Comma,
    /// `_` every three decimal digits or four digits in binary/octal/hex.
    Underscore,
}

/// A parsed format spec.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct FormatSpec {
    /// The fill character (default space).
    pub fill: char,
    /// The alignment, if given (the default depends on the value's type).
    pub align: Option<Align>,
    /// Sign handling.
    pub sign: Sign,
    /// `z`: negative zero floats are shown as positive zero.
    pub no_neg_zero: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// `0` before the width: zero padding after the sign.
    pub zero_pad: bool,
    /// Minimum field width.
    pub width: usize,
    /// Digit grouping.
    pub grouping: Option<Grouping>,
    /// Precision, if given.
    pub precision: Option<usize>,
    /// The type letter, if given.
    pub ty: Option<char>,
}

impl Default for FormatSpec {
    fn default() -> Self {
        FormatSpec {
            fill: ' ',
            align: None,
            sign: Sign::Minus,
            no_neg_zero: false,
            alternate: false,
            zero_pad: false,
            width: 0,
            grouping: None,
            precision: None,
            ty: None,
        }
    }
}

/// Largest width or precision accepted (CPython's limit is `sys.maxsize`,
/// but no field that large could be allocated anyway).
const MAX_FIELD: usize = 1 << 28;

fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

fn parse_number(chars: &[char], pos: &mut usize) -> Result<Option<usize>> {
    let start = *pos;
    let mut n: usize = 0;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d as usize))
            .filter(|&n| n <= MAX_FIELD)
            .ok_or(FormatError::TooBig)?;
        *pos += 1;
    }
    Ok(if *pos > start { Some(n) } else { None })
}

impl FormatSpec {
    /// Parses a spec string (the part after `:` in `{x:spec}`).
    pub fn parse(text: &str) -> Result<FormatSpec> {
        let mut spec = FormatSpec::default();
        if text.is_empty() {
            return Ok(spec);
        }
        let chars: alloc::vec::Vec<char> = text.chars().collect();
        let mut pos = 0;
        let mut explicit_fill = false;
        match (chars.first(), chars.get(1).and_then(|&c| align_of(c))) {
            (Some(&fill), Some(align)) => {
                spec.fill = fill;
                explicit_fill = true;
                spec.align = Some(align);
                pos = 2;
            }
            (Some(&c), None) => {
                if let Some(align) = align_of(c) {
                    spec.align = Some(align);
                    pos = 1;
                }
            }
            (None, _) => {}
        }
        match chars.get(pos) {
            Some('+') => {
                spec.sign = Sign::Plus;
                pos += 1;
            }
            Some('-') => {
                pos += 1;
            }
            Some(' ') => {
                spec.sign = Sign::Space;
                pos += 1;
            }
            _ => {}
        }
        if chars.get(pos) == Some(&'z') {
            spec.no_neg_zero = true;
            pos += 1;
        }
        if chars.get(pos) == Some(&'#') {
            spec.alternate = true;
            pos += 1;
        }
        if chars.get(pos) == Some(&'0') {
            spec.zero_pad = true;
            pos += 1;
        }
        if let Some(w) = parse_number(&chars, &mut pos)? {
            spec.width = w;
        }
        match chars.get(pos) {
            Some(',') => {
                spec.grouping = Some(Grouping::Comma);
                pos += 1;
            }
            Some('_') => {
                spec.grouping = Some(Grouping::Underscore);
                pos += 1;
            }
            _ => {}
        }
        if matches!(chars.get(pos), Some(',') | Some('_')) {
            return Err(FormatError::BothGroupings);
        }
        if chars.get(pos) == Some(&'.') {
            pos += 1;
            match parse_number(&chars, &mut pos)? {
                Some(p) => spec.precision = Some(p),
                None => return Err(FormatError::MissingPrecision),
            }
        }
        match chars.len().saturating_sub(pos) {
            0 => {}
            1 => spec.ty = chars.get(pos).copied(),
            _ => return Err(FormatError::InvalidSpec),
        }
        if spec.zero_pad && !explicit_fill {
            // `0` means zeros as the fill unless a fill was given; for
            // numbers it also means padding after the sign unless an
            // alignment was given (see [`FormatSpec::number_align`]).
            spec.fill = '0';
        }
        Ok(spec)
    }

    /// The alignment of a number: as given, else after the sign when the
    /// `0` flag was used, else right.
    pub fn number_align(&self) -> Align {
        match (self.align, self.zero_pad) {
            (Some(a), _) => a,
            (None, true) => Align::AfterSign,
            (None, false) => Align::Right,
        }
    }

    /// The type letter or `default`.
    pub fn ty_or(&self, default: char) -> char {
        self.ty.unwrap_or(default)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    #[case("", FormatSpec::default())]
    #[case(">10", FormatSpec { align: Some(Align::Right), width: 10, ..FormatSpec::default() })]
    #[case("*^7.3f", FormatSpec { fill: '*', align: Some(Align::Center), width: 7, precision: Some(3), ty: Some('f'), ..FormatSpec::default() })]
    #[case("08,d", FormatSpec { fill: '0', zero_pad: true, width: 8, grouping: Some(Grouping::Comma), ty: Some('d'), ..FormatSpec::default() })]
    #[case("+#x", FormatSpec { sign: Sign::Plus, alternate: true, ty: Some('x'), ..FormatSpec::default() })]
    #[case("<05", FormatSpec { fill: '0', align: Some(Align::Left), zero_pad: true, width: 5, ..FormatSpec::default() })]
    #[case("*<05", FormatSpec { fill: '*', align: Some(Align::Left), zero_pad: true, width: 5, ..FormatSpec::default() })]
    #[case("^", FormatSpec { align: Some(Align::Center), ..FormatSpec::default() })]
    #[case("=", FormatSpec { align: Some(Align::AfterSign), ..FormatSpec::default() })]
    #[case("z.1f", FormatSpec { no_neg_zero: true, precision: Some(1), ty: Some('f'), ..FormatSpec::default() })]
    fn parses(#[case] text: &str, #[case] want: FormatSpec) {
        assert_eq!(FormatSpec::parse(text).unwrap(), want);
    }

    #[rstest]
    #[case("10.", FormatError::MissingPrecision)]
    #[case("ff", FormatError::InvalidSpec)]
    #[case(",_d", FormatError::BothGroupings)]
    #[case("99999999999999999999", FormatError::TooBig)]
    #[case(".99999999999999999999", FormatError::TooBig)]
    fn rejects(#[case] text: &str, #[case] err: FormatError) {
        assert_eq!(FormatSpec::parse(text), Err(err));
    }
}
