//! Tables of edge cases: errors with their CPython messages and exception
//! classes, and small exact results.

use pycopy_bigint as bi;
use pycopy_bigint::{BigInt, BigIntError, ByteOrder, ParseError, PyExc};
use rstest::rstest;

fn b(v: i64) -> BigInt {
    BigInt::from(v)
}

fn big_pow2(n: u64) -> BigInt {
    bi::shl(b(1).as_ref(), n).unwrap_or_default()
}

#[rstest]
#[case(bi::pow_mod(b(2).as_ref(), b(-1).as_ref(), b(4).as_ref()).err(),
       "base is not invertible for the given modulus", PyExc::ValueError)]
#[case(bi::pow_mod(b(2).as_ref(), b(3).as_ref(), b(0).as_ref()).err(),
       "pow() 3rd argument cannot be 0", PyExc::ValueError)]
#[case(bi::from_f64(f64::NAN).err(), "cannot convert float NaN to integer", PyExc::ValueError)]
#[case(bi::from_f64(f64::NEG_INFINITY).err(), "cannot convert float infinity to integer",
       PyExc::OverflowError)]
#[case(bi::to_f64(big_pow2(1024).as_ref()).err(), "int too large to convert to float",
       PyExc::OverflowError)]
#[case(bi::truediv(big_pow2(2000).as_ref(), b(3).as_ref()).err(),
       "integer division result too large for a float", PyExc::OverflowError)]
#[case(bi::to_bytes(b(256).as_ref(), 1, ByteOrder::Big, false).err(), "int too big to convert",
       PyExc::OverflowError)]
#[case(bi::to_bytes(b(128).as_ref(), 1, ByteOrder::Big, true).err(), "int too big to convert",
       PyExc::OverflowError)]
#[case(bi::to_bytes(b(-129).as_ref(), 1, ByteOrder::Big, true).err(), "int too big to convert",
       PyExc::OverflowError)]
#[case(bi::to_bytes(b(-1).as_ref(), 1, ByteOrder::Big, false).err(),
       "can't convert negative int to unsigned", PyExc::OverflowError)]
#[case(bi::floordiv(b(1).as_ref(), b(0).as_ref()).err(), "integer division or modulo by zero",
       PyExc::ZeroDivisionError)]
#[case(bi::truediv(b(1).as_ref(), b(0).as_ref()).err(), "integer division or modulo by zero",
       PyExc::ZeroDivisionError)]
#[case(bi::shl(b(3).as_ref(), u64::MAX).err(), "too many digits in integer", PyExc::MemoryError)]
#[case(bi::pow(b(3).as_ref(), big_pow2(70).as_ref()).err(), "too many digits in integer",
       PyExc::MemoryError)]
#[case(bi::pow(b(3).as_ref(), b(-2).as_ref()).err(), "negative exponent", PyExc::ValueError)]
#[case(bi::to_bytes(b(1).as_ref(), usize::MAX, ByteOrder::Big, false).err(),
       "too many digits in integer", PyExc::MemoryError)]
fn errors_carry_cpython_messages(
    #[case] got: Option<BigIntError>,
    #[case] message: &str,
    #[case] class: PyExc,
) {
    let err = got.unwrap_or(BigIntError::TooBig);
    assert_eq!(err.to_string(), message);
    assert_eq!(err.py_exc(), class);
}

#[rstest]
#[case(0, 0, Some(1))]
#[case(0, 5, Some(0))]
#[case(-1, 3, Some(-1))]
#[case(-1, 4, Some(1))]
#[case(2, 62, Some(1 << 62))]
#[case(-2, 63, Some(i64::MIN))]
#[case(-3, 3, Some(-27))]
#[case(2, 63, None)]
fn pow_small(#[case] base: i64, #[case] exp: i64, #[case] expected: Option<i64>) {
    let got = bi::pow(b(base).as_ref(), b(exp).as_ref()).map(|v| v.to_i64());
    assert_eq!(got, Ok(expected));
}

#[rstest]
#[case(5, 3, 1, 0)] // everything is 0 modulo 1
#[case(3, -1, 7, 5)]
#[case(-3, -1, 7, 2)]
#[case(3, 2, -7, -5)]
#[case(0, 0, 5, 1)]
#[case(0, -1, 1, 0)]
#[case(12, 0, -5, -4)]
fn pow_mod_small(#[case] base: i64, #[case] exp: i64, #[case] m: i64, #[case] expected: i64) {
    let got = bi::pow_mod(b(base).as_ref(), b(exp).as_ref(), b(m).as_ref());
    assert_eq!(got.map(|v| v.to_i64()), Ok(Some(expected)));
}

#[rstest]
#[case("12", 37, ParseError::InvalidBase)]
#[case("12", 1, ParseError::InvalidBase)]
#[case("x", 10, ParseError::InvalidLiteral)]
#[case("١٢x", 10, ParseError::InvalidLiteral)]
#[case("0x", 16, ParseError::InvalidLiteral)]
fn parse_errors(#[case] text: &str, #[case] base: u32, #[case] kind: ParseError) {
    assert_eq!(bi::parse(text, base), Err(kind));
}

#[rstest]
#[case("١٢٣", 10, 123)] // Arabic-Indic digits
#[case("\u{ff11}\u{ff10}", 16, 16)] // fullwidth
#[case("\u{3000}-7\u{2003}", 0, -7)]
fn parse_unicode(#[case] text: &str, #[case] base: u32, #[case] expected: i64) {
    assert_eq!(
        bi::parse(text, base).map(|v| v.to_i64()),
        Ok(Some(expected))
    );
}

#[rstest]
#[case(b" 42\n", 10, Some(42))]
#[case(b"-0x_ff", 0, Some(-255))]
#[case(b"\x1c5", 10, None)]
#[case(b"\xa05", 10, None)]
fn parse_bytes(#[case] data: &[u8], #[case] base: u32, #[case] expected: Option<i64>) {
    assert_eq!(
        bi::parse_ascii(data, base).ok().and_then(|v| v.to_i64()),
        expected
    );
}

#[rstest]
#[case(i64::MAX)]
#[case(i64::MIN)]
#[case(0)]
#[case(-1)]
#[case((1 << 48) - 1)]
#[case(-(1 << 48))]
fn i64_round_trip(#[case] v: i64) {
    let big = b(v);
    assert_eq!(big.to_i64(), Some(v));
    assert_eq!(big.to_string(), v.to_string());
    let (neg, limbs) = big.clone().into_parts();
    assert_eq!(bi::IntRef::new(neg, &limbs).to_i64(), Some(v));
}

#[test]
fn trivial_bases_take_any_exponent() {
    let huge = big_pow2(200);
    assert_eq!(
        bi::pow(b(-1).as_ref(), huge.as_ref()).map(|v| v.to_i64()),
        Ok(Some(1))
    );
    assert_eq!(
        bi::pow(b(0).as_ref(), huge.as_ref()).map(|v| v.to_i64()),
        Ok(Some(0))
    );
    assert_eq!(
        bi::pow(b(1).as_ref(), huge.as_ref()).map(|v| v.to_i64()),
        Ok(Some(1))
    );
}

#[test]
fn to_i64_rejects_out_of_range() {
    assert_eq!(big_pow2(63).to_i64(), None);
    assert_eq!(bi::neg(big_pow2(63).as_ref()).to_i64(), Some(i64::MIN));
    assert_eq!(
        bi::neg(bi::add(big_pow2(63).as_ref(), b(1).as_ref()).as_ref()).to_i64(),
        None
    );
    assert_eq!(big_pow2(64).to_i64(), None);
}

#[test]
fn int_ref_normalizes_zero_and_trailing_limbs() {
    let limbs = [5u64, 0, 0];
    let v = bi::IntRef::new(true, &limbs);
    assert_eq!(v.mag(), &[5]);
    let zero = bi::IntRef::new(true, &[0, 0]);
    assert!(zero.is_zero() && !zero.is_negative());
    assert_eq!(bi::to_str_radix(zero, 10), "0");
}

#[test]
fn compare_with_special_floats() {
    let big = big_pow2(2000);
    assert_eq!(
        bi::cmp_f64(big.as_ref(), f64::INFINITY),
        Some(std::cmp::Ordering::Less)
    );
    assert_eq!(
        bi::cmp_f64(big.as_ref(), f64::MAX),
        Some(std::cmp::Ordering::Greater)
    );
    assert_eq!(bi::cmp_f64(big.as_ref(), f64::NAN), None);
    assert_eq!(
        bi::cmp_f64(b(0).as_ref(), -0.0),
        Some(std::cmp::Ordering::Equal)
    );
    assert_eq!(
        bi::cmp_f64(b(-1).as_ref(), -0.5),
        Some(std::cmp::Ordering::Less)
    );
}

#[test]
fn true_division_signs_of_zero() {
    assert_eq!(
        bi::truediv(b(0).as_ref(), b(-5).as_ref()).map(f64::to_bits),
        Ok((-0.0f64).to_bits())
    );
    let tiny = bi::truediv(b(-1).as_ref(), big_pow2(1200).as_ref()).map(f64::to_bits);
    assert_eq!(tiny, Ok((-0.0f64).to_bits()));
}
