//! The one-word value encoding: every kind of value round-trips.
#![allow(clippy::unwrap_used)]

use pycopy_gc::{Decoded, GcRef, Value, CANONICAL_NAN, SMALL_INT_MAX, SMALL_INT_MIN};
use rstest::rstest;

#[test]
fn value_is_one_word() {
    assert_eq!(core::mem::size_of::<Value>(), 8);
    assert_eq!(core::mem::size_of::<Option<Value>>(), 16);
    assert_eq!(core::mem::size_of::<GcRef>(), 4);
}

#[rstest]
#[case(0)]
#[case(1)]
#[case(-1)]
#[case(42)]
#[case(i64::from(i32::MAX))]
#[case(i64::from(i32::MIN))]
#[case(SMALL_INT_MAX)]
#[case(SMALL_INT_MIN)]
#[case(SMALL_INT_MAX - 1)]
#[case(SMALL_INT_MIN + 1)]
#[case(1 << 46)]
#[case(-(1 << 46))]
fn small_ints_round_trip(#[case] i: i64) {
    let v = Value::int(i).unwrap();
    assert!(v.is_int());
    assert_eq!(v.as_int(), Some(i));
    assert_eq!(v.decode(), Decoded::Int(i));
    assert!(!v.is_float() && !v.is_ref() && !v.is_qstr() && !v.is_static());
    assert_eq!(Value::from_bits(v.bits()), v);
}

#[rstest]
#[case(SMALL_INT_MAX + 1)]
#[case(SMALL_INT_MIN - 1)]
#[case(i64::MAX)]
#[case(i64::MIN)]
#[case(1 << 47)]
#[case(-(1 << 47) - 1)]
fn ints_outside_48_bits_are_refused(#[case] i: i64) {
    assert_eq!(Value::int(i), None);
}

#[test]
fn small_int_bounds_are_48_bit() {
    assert_eq!(SMALL_INT_MAX, 140_737_488_355_327);
    assert_eq!(SMALL_INT_MIN, -140_737_488_355_328);
}

#[rstest]
#[case(i32::MIN)]
#[case(-1)]
#[case(0)]
#[case(7)]
#[case(i32::MAX)]
fn from_small_matches_int(#[case] i: i32) {
    assert_eq!(Value::from_small(i), Value::int(i64::from(i)).unwrap());
    assert_eq!(Value::from_small(i).as_int(), Some(i64::from(i)));
}

#[rstest]
#[case(0.0)]
#[case(-0.0)]
#[case(1.5)]
#[case(-1.5)]
#[case(f64::MAX)]
#[case(f64::MIN)]
#[case(f64::MIN_POSITIVE)]
#[case(5e-324)]
#[case(-5e-324)]
#[case(f64::INFINITY)]
#[case(f64::NEG_INFINITY)]
#[case(f64::EPSILON)]
#[case(core::f64::consts::PI)]
fn floats_round_trip_bit_exact(#[case] f: f64) {
    let v = Value::float(f);
    assert!(v.is_float());
    assert!(!v.is_int() && !v.is_ref());
    assert_eq!(v.as_float().unwrap().to_bits(), f.to_bits());
    assert_eq!(v.bits(), f.to_bits());
}

#[rstest]
#[case(f64::NAN)]
#[case(-f64::NAN)]
#[case(f64::from_bits(0x7FF0_0000_0000_0001))]
#[case(f64::from_bits(0xFFF8_0000_0000_0001))]
#[case(f64::from_bits(0xFFFA_0000_0000_0000))]
#[case(f64::from_bits(0xFFFF_FFFF_FFFF_FFFF))]
#[case(f64::from_bits(0xFFF9_0000_0000_002A))]
fn every_nan_is_canonical(#[case] f: f64) {
    assert!(f.is_nan());
    let v = Value::float(f);
    assert_eq!(v.bits(), CANONICAL_NAN);
    assert!(v.is_float());
    assert!(v.as_float().unwrap().is_nan());
    assert!(!v.is_ref() && !v.is_int());
}

#[rstest]
#[case(0)]
#[case(1)]
#[case(12345)]
#[case(u32::MAX - 1)]
#[case(u32::MAX)]
fn refs_round_trip(#[case] off: u32) {
    let r = GcRef::from_offset(off);
    let v = Value::from_ref(r);
    assert!(v.is_ref());
    assert_eq!(v.as_ref(), Some(r));
    assert_eq!(r.value(), v);
    assert_eq!(v.decode(), Decoded::Ref(r));
    assert!(!v.is_float() && !v.is_int() && !v.is_qstr());
}

#[rstest]
#[case(0)]
#[case(1)]
#[case(999)]
#[case(u32::MAX)]
fn qstrs_round_trip(#[case] q: u32) {
    let v = Value::qstr(q);
    assert!(v.is_qstr());
    assert_eq!(v.as_qstr(), Some(q));
    assert_eq!(v.decode(), Decoded::Qstr(q));
    assert!(!v.is_ref() && !v.is_float());
}

#[rstest]
#[case(0, 0)]
#[case(1, 2)]
#[case(u16::MAX, u32::MAX)]
#[case(7, 123_456)]
fn statics_round_trip(#[case] kind: u16, #[case] index: u32) {
    let v = Value::static_obj(kind, index);
    assert!(v.is_static());
    assert_eq!(v.as_static(), Some((kind, index)));
    assert_eq!(v.decode(), Decoded::Static(kind, index));
    assert!(!v.is_ref() && !v.is_float() && !v.is_qstr());
}

#[rstest]
#[case(Value::EMPTY, Decoded::Empty, "EMPTY")]
#[case(Value::NONE, Decoded::None, "None")]
#[case(Value::TRUE, Decoded::Bool(true), "True")]
#[case(Value::FALSE, Decoded::Bool(false), "False")]
#[case(Value::ELLIPSIS, Decoded::Ellipsis, "Ellipsis")]
#[case(Value::NOT_IMPLEMENTED, Decoded::NotImplemented, "NotImplemented")]
fn immediates_are_distinct(#[case] v: Value, #[case] d: Decoded, #[case] dbg: &str) {
    assert_eq!(v.decode(), d);
    assert_eq!(format!("{v:?}"), dbg);
    assert!(!v.is_ref() && !v.is_float() && !v.is_int());
    let all = [
        Value::EMPTY,
        Value::NONE,
        Value::TRUE,
        Value::FALSE,
        Value::ELLIPSIS,
        Value::NOT_IMPLEMENTED,
    ];
    assert_eq!(all.iter().filter(|&&x| x == v).count(), 1);
}

#[test]
fn bools_and_none() {
    assert_eq!(Value::bool(true).as_bool(), Some(true));
    assert_eq!(Value::bool(false).as_bool(), Some(false));
    assert_eq!(Value::NONE.as_bool(), None);
    assert!(Value::NONE.is_none() && !Value::EMPTY.is_none());
    assert!(Value::EMPTY.is_empty() && !Value::NONE.is_empty());
    assert_eq!(Value::default(), Value::NONE);
}

#[rstest]
#[case(Value::int(-5).unwrap(), "Int(-5)")]
#[case(Value::float(2.5), "Float(2.5)")]
#[case(Value::from_ref(GcRef::from_offset(9)), "Ref(@9)")]
#[case(Value::qstr(3), "Qstr(3)")]
#[case(Value::static_obj(1, 2), "Static(1, 2)")]
#[case(
    Value::from_bits(0xFFFE_0000_0000_0001),
    "Reserved(0xfffe000000000001)"
)]
fn debug_shows_decoded_form(#[case] v: Value, #[case] s: &str) {
    assert_eq!(format!("{v:?}"), s);
}

#[test]
fn reserved_tags_are_not_refs() {
    for bits in [
        0xFFFE_0000_0000_0000u64,
        0xFFFF_FFFF_FFFF_FFFF,
        0xFFFC_0000_0000_0099,
    ] {
        let v = Value::from_bits(bits);
        assert!(!v.is_ref() && !v.is_float() && !v.is_int());
        assert_eq!(v.decode(), Decoded::Reserved(bits));
    }
}
