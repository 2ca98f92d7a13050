//! Fill and alignment, digit grouping, and `format(str, spec)`.

use crate::spec::{Align, FormatSpec, Grouping, Sign};
use crate::{push_n, FormatError, Result};
use alloc::string::String;

/// Lays out a number: `sign_prefix` (sign and `0x`-style prefix), `digits`
/// (already grouped) and `suffix` (fraction, exponent, `%`), padded to the
/// spec's width with its fill and alignment (numbers align right by
/// default).
pub fn pad_number(spec: &FormatSpec, sign_prefix: &str, digits: &str, suffix: &str) -> String {
    let len = sign_prefix.chars().count() + digits.chars().count() + suffix.chars().count();
    let mut out = String::with_capacity(len.max(spec.width));
    let padding = spec.width.saturating_sub(len);
    let align = spec.number_align();
    let (before, after) = split_padding(align, padding);
    if align == Align::AfterSign {
        out.push_str(sign_prefix);
        push_n(&mut out, spec.fill, padding);
    } else {
        push_n(&mut out, spec.fill, before);
        out.push_str(sign_prefix);
    }
    out.push_str(digits);
    out.push_str(suffix);
    if align != Align::AfterSign {
        push_n(&mut out, spec.fill, after);
    }
    out
}

/// Splits `padding` into (before, after) for an alignment.
fn split_padding(align: Align, padding: usize) -> (usize, usize) {
    match align {
        Align::Left => (0, padding),
        Align::Right | Align::AfterSign => (padding, 0),
        Align::Center => (padding / 2, padding - padding / 2),
    }
}

/// Pads `text` to `spec.width` with the fill and alignment, left-aligned
/// unless the spec says otherwise (strings' default).
pub fn pad_text(spec: &FormatSpec, text: &str, default_align: Align) -> String {
    let len = text.chars().count();
    let padding = spec.width.saturating_sub(len);
    let (before, after) = split_padding(spec.align.unwrap_or(default_align), padding);
    let mut out = String::with_capacity(text.len() + padding);
    push_n(&mut out, spec.fill, before);
    out.push_str(text);
    push_n(&mut out, spec.fill, after);
    out
}

/// `format(s, spec)` for a str.
pub fn format_str(text: &str, spec: &FormatSpec) -> Result<String> {
    match spec.ty {
        None | Some('s') => {}
        Some(code) => {
            return Err(FormatError::UnknownCode {
                code,
                type_name: "str",
            })
        }
    }
    if spec.sign != Sign::Minus {
        return Err(FormatError::SignInString);
    }
    if spec.alternate {
        return Err(FormatError::AlternateInString);
    }
    if spec.align == Some(Align::AfterSign) {
        return Err(FormatError::EqualsAlignInString);
    }
    if let Some(g) = spec.grouping {
        return Err(FormatError::GroupingNotAllowed {
            sep: sep_char(g),
            ty: 's',
        });
    }
    let text = match spec.precision {
        Some(p) => match text.char_indices().nth(p) {
            Some((at, _)) => text.get(..at).unwrap_or(text),
            None => text,
        },
        None => text,
    };
    Ok(pad_text(spec, text, Align::Left))
}

/// Inserts `sep` every `group` digits (counting from the right) into
/// `digits`; when `min_width` is larger than the result, pads with grouped
/// zeros on the left (never starting with a separator), as CPython does for
/// zero-padded grouped fields.
pub fn group_digits(digits: &str, group: usize, sep: char, min_width: usize) -> String {
    let mut rev = String::with_capacity(digits.len() + digits.len() / group.max(1) + min_width);
    let mut real = digits.chars().rev();
    let mut count = 0;
    let mut len = 0;
    loop {
        let next = match real.next() {
            Some(c) => c,
            None if len >= min_width => break,
            None => '0',
        };
        if count == group {
            rev.push(sep);
            len += 1;
            count = 0;
        }
        rev.push(next);
        len += 1;
        count += 1;
    }
    rev.chars().rev().collect()
}

/// The separator character of a grouping.
pub fn sep_char(g: Grouping) -> char {
    match g {
        Grouping::Comma => ',',
        Grouping::Underscore => '_',
    }
}

/// The sign string of a number for a spec.
pub fn sign_str(negative: bool, sign: Sign) -> &'static str {
    match (negative, sign) {
        (true, _) => "-",
        (false, Sign::Plus) => "+",
        (false, Sign::Space) => " ",
        (false, Sign::Minus) => "",
    }
}

/// Groups (if the spec asks) and pads a number's digits: the shared tail of
/// int and float formatting. `group` is the group size for `_` (3 or 4).
pub fn finish_number(
    spec: &FormatSpec,
    sign_prefix: &str,
    digits: &str,
    suffix: &str,
    group: usize,
) -> String {
    let zero_fill = spec.fill == '0' && spec.number_align() == Align::AfterSign;
    let grouped;
    let digits = match spec.grouping {
        Some(g) => {
            let sep = sep_char(g);
            let min = if zero_fill {
                spec.width
                    .saturating_sub(sign_prefix.chars().count() + suffix.chars().count())
            } else {
                0
            };
            grouped = group_digits(digits, group, sep, min);
            grouped.as_str()
        }
        None => digits,
    };
    pad_number(spec, sign_prefix, digits, suffix)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    #[case("1234", 3, ',', 0, "1,234")]
    #[case("1234", 3, ',', 8, "0,001,234")]
    #[case("1234", 3, ',', 7, "001,234")]
    #[case("abcd", 4, '_', 6, "0_abcd")]
    #[case("abcd", 4, '_', 10, "0_0000_abcd")]
    #[case("1", 3, ',', 0, "1")]
    #[case("", 3, ',', 0, "")]
    fn grouping(
        #[case] d: &str,
        #[case] g: usize,
        #[case] sep: char,
        #[case] min: usize,
        #[case] want: &str,
    ) {
        assert_eq!(group_digits(d, g, sep, min), want);
    }

    #[rstest]
    #[case("abc", "5", "abc  ")]
    #[case("abc", ">5", "  abc")]
    #[case("abc", "*^6", "*abc**")]
    #[case("abcdef", ".2", "ab")]
    #[case("héllo", "^9.4", "  héll   ")]
    fn strings(#[case] s: &str, #[case] spec: &str, #[case] want: &str) {
        let spec = FormatSpec::parse(spec).unwrap();
        assert_eq!(format_str(s, &spec).unwrap(), want);
    }

    #[rstest]
    #[case("+", FormatError::SignInString)]
    #[case("=5", FormatError::EqualsAlignInString)]
    #[case("d", FormatError::UnknownCode { code: 'd', type_name: "str" })]
    #[case(",", FormatError::GroupingNotAllowed { sep: ',', ty: 's' })]
    fn string_errors(#[case] spec: &str, #[case] err: FormatError) {
        let spec = FormatSpec::parse(spec).unwrap();
        assert_eq!(format_str("x", &spec), Err(err));
    }
}
