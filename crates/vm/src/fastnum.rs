//! The interpreter's inline arithmetic and comparisons: binary operators
//! and relations on two small ints, two floats, or a float and a small
//! int, computed without leaving the dispatch loop. Anything else (overflow past the small-int range, zero
//! divisors, negative shift counts, `**`, other types) answers `None`, and
//! the caller takes the generic path (`Vm::binop`), which raises the
//! errors and handles big ints, bools and dunders.

use pycopy_compiler::bytecode::BinOp;
use pycopy_gc::Value;

/// `x op y` for numbers the loop can do itself, else `None`.
#[inline(always)]
pub fn binop(op: BinOp, x: Value, y: Value) -> Option<Value> {
    if x.is_int() && y.is_int() {
        return int_op(op, x.int_unchecked(), y.int_unchecked());
    }
    // Small ints are below 2^47 in magnitude: exact as f64.
    let p = x.as_float().or_else(|| x.as_int().map(|i| i as f64))?;
    let q = y.as_float().or_else(|| y.as_int().map(|i| i as f64))?;
    float_op(op, p, q)
}

/// Relation `rel` (0..6: `==`, `!=`, `<`, `<=`, `>`, `>=`) of two numbers
/// the loop can compare itself (small ints and floats, mixed too: a small
/// int is exact as an f64, and NaN compares as IEEE says, as in Python),
/// else `None`.
#[inline(always)]
pub fn compare(rel: u8, x: Value, y: Value) -> Option<bool> {
    if x.is_int() && y.is_int() {
        return Some(relation(rel, x.int_unchecked(), y.int_unchecked()));
    }
    let p = x.as_float().or_else(|| x.as_int().map(|i| i as f64))?;
    let q = y.as_float().or_else(|| y.as_int().map(|i| i as f64))?;
    Some(relation(rel, p, q))
}

/// `p rel q` for relation number `rel` (see [`compare`]).
#[inline(always)]
fn relation<T: PartialOrd>(rel: u8, p: T, q: T) -> bool {
    match rel {
        0 => p == q,
        1 => p != q,
        2 => p < q,
        3 => p <= q,
        4 => p > q,
        _ => p >= q,
    }
}

/// Small-int operands (48-bit, so sums, differences and shifts by less
/// than 16 never overflow an i64).
#[inline(always)]
fn int_op(op: BinOp, p: i64, q: i64) -> Option<Value> {
    match op {
        BinOp::Add => Value::int(p + q),
        BinOp::Sub => Value::int(p - q),
        BinOp::Mul => Value::int(p.checked_mul(q)?),
        BinOp::FloorDiv if q != 0 => {
            let d = p / q;
            // Round towards negative infinity, as Python does.
            Value::int(if p % q != 0 && (p < 0) != (q < 0) {
                d - 1
            } else {
                d
            })
        }
        BinOp::Mod if q != 0 => {
            let r = p % q;
            // The result takes the divisor's sign.
            Value::int(if r != 0 && (r < 0) != (q < 0) {
                r + q
            } else {
                r
            })
        }
        // Both operands are exact in an f64, so one division rounds once.
        BinOp::TrueDiv if q != 0 => Some(Value::float(p as f64 / q as f64)),
        BinOp::BitAnd => Value::int(p & q),
        BinOp::BitOr => Value::int(p | q),
        BinOp::BitXor => Value::int(p ^ q),
        BinOp::Pow if (0..64).contains(&q) => Value::int(p.checked_pow(q as u32)?),
        BinOp::LShift if (0..16).contains(&q) => Value::int(p << q),
        BinOp::RShift if q >= 0 => Value::int(p >> q.min(63)),
        _ => None,
    }
}

/// Float operands: the operators whose result is a plain IEEE operation,
/// and `**` of a positive base (`//`, `%` and the other powers have
/// Python-specific rules: generic path).
#[inline(always)]
fn float_op(op: BinOp, p: f64, q: f64) -> Option<Value> {
    match op {
        BinOp::Add => Some(Value::float(p + q)),
        BinOp::Sub => Some(Value::float(p - q)),
        BinOp::Mul => Some(Value::float(p * q)),
        BinOp::TrueDiv if q != 0.0 => Some(Value::float(p / q)),
        // A positive finite base: no complex result, no zero division; an
        // overflow to infinity raises on the generic path.
        BinOp::Pow if p > 0.0 && p.is_finite() && q.is_finite() => {
            let r = crate::objects::float::pow(p, q);
            r.is_finite().then(|| Value::float(r))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(i: i64) -> Value {
        Value::int(i).unwrap_or(Value::NONE)
    }

    /// Python's results for floor division and modulo of every sign mix.
    #[test]
    fn floor_division_and_modulo_follow_python() {
        let cases = [
            (7, 2, 3, 1),
            (-7, 2, -4, 1),
            (7, -2, -4, -1),
            (-7, -2, 3, -1),
            (6, 3, 2, 0),
            (-6, 3, -2, 0),
            (0, -5, 0, 0),
        ];
        for (p, q, d, m) in cases {
            assert_eq!(
                binop(BinOp::FloorDiv, int(p), int(q)),
                Some(int(d)),
                "{p}//{q}"
            );
            assert_eq!(binop(BinOp::Mod, int(p), int(q)), Some(int(m)), "{p}%{q}");
        }
    }

    #[test]
    fn what_needs_the_generic_path_is_refused() {
        let big = int((1 << 47) - 1);
        assert_eq!(binop(BinOp::Add, big, int(1)), None);
        assert_eq!(binop(BinOp::Mul, big, big), None);
        assert_eq!(binop(BinOp::FloorDiv, int(1), int(0)), None);
        assert_eq!(binop(BinOp::Mod, int(1), int(0)), None);
        assert_eq!(binop(BinOp::TrueDiv, int(1), int(0)), None);
        assert_eq!(
            binop(BinOp::TrueDiv, Value::float(1.0), Value::float(0.0)),
            None
        );
        assert_eq!(binop(BinOp::LShift, int(1), int(-1)), None);
        assert_eq!(binop(BinOp::LShift, int(1), int(40)), None);
        assert_eq!(binop(BinOp::RShift, int(1), int(-1)), None);
        assert_eq!(binop(BinOp::Pow, int(2), int(-1)), None);
        assert_eq!(binop(BinOp::Pow, int(10), int(20)), None);
        assert_eq!(
            binop(BinOp::Pow, Value::float(-8.0), Value::float(0.5)),
            None
        );
        assert_eq!(binop(BinOp::Pow, Value::float(0.0), int(-1)), None);
        assert_eq!(binop(BinOp::Pow, Value::float(10.0), int(400)), None);
        assert_eq!(binop(BinOp::Mod, Value::float(5.0), int(3)), None);
        assert_eq!(binop(BinOp::Add, Value::TRUE, int(1)), None);
        assert_eq!(binop(BinOp::Add, Value::NONE, int(1)), None);
    }

    #[test]
    fn comparisons_mix_ints_and_floats_exactly() {
        let nan = Value::float(f64::NAN);
        assert_eq!(compare(2, int(1), Value::float(1.5)), Some(true));
        assert_eq!(compare(0, int(3), Value::float(3.0)), Some(true));
        assert_eq!(
            compare(5, int((1 << 47) - 1), Value::float(1e14)),
            Some(true)
        );
        assert_eq!(compare(0, nan, nan), Some(false));
        assert_eq!(compare(1, nan, nan), Some(true));
        assert_eq!(compare(3, nan, int(0)), Some(false));
        assert_eq!(compare(0, Value::TRUE, int(1)), None);
        assert_eq!(compare(2, Value::NONE, int(1)), None);
    }

    #[test]
    fn mixed_and_bitwise_results() {
        assert_eq!(
            binop(BinOp::Mul, Value::float(0.5), int(3)),
            Some(Value::float(1.5))
        );
        assert_eq!(
            binop(BinOp::TrueDiv, int(1), int(4)),
            Some(Value::float(0.25))
        );
        assert_eq!(binop(BinOp::BitAnd, int(-6), int(7)), Some(int(2)));
        assert_eq!(binop(BinOp::BitXor, int(-1), int(5)), Some(int(-6)));
        assert_eq!(binop(BinOp::RShift, int(-9), int(100)), Some(int(-1)));
        assert_eq!(binop(BinOp::LShift, int(-3), int(4)), Some(int(-48)));
        assert_eq!(binop(BinOp::Pow, int(-3), int(3)), Some(int(-27)));
        assert_eq!(
            binop(BinOp::Pow, Value::float(2.25), Value::float(0.5)),
            Some(Value::float(1.5))
        );
        assert_eq!(
            binop(BinOp::Pow, int(4), Value::float(0.5)),
            Some(Value::float(2.0))
        );
        let min = int(-(1 << 47));
        assert_eq!(binop(BinOp::FloorDiv, min, int(-1)), None);
    }
}
