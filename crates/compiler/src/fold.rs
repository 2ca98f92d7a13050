//! Constant folding: literals, arithmetic on numeric constants, `not` of
//! constants, string/bytes concatenation and repetition, constant tuples.
//!
//! Nothing that would raise is folded (`1/0`, `1 << -1`, `2 ** -1` is left
//! to run time), nor anything whose result could be large (`**`, `*` and
//! `<<` results must fit in an `i64`; repeated strings stay under
//! [`MAX_STR`] characters), nor anything whose exact value Rust might
//! compute differently from Python (int/int true division only when both
//! fit exactly in a float; no float `%`, `//` or `**`).

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use pycopy_parser::ast::{self, Expr, ExprKind, Operator, UnaryOp};

use crate::bytecode::Constant;

/// Longest str/bytes a fold may produce (CPython's peephole limit).
pub const MAX_STR: usize = 4096;

/// Largest integer magnitude that converts to a float exactly.
const EXACT_F64: i64 = 1 << 53;

/// Deepest expression nesting folded (deeper trees are compiled as code).
const MAX_FOLD_DEPTH: u32 = 100;

/// The bytecode constant of a literal.
pub fn literal(c: &ast::Constant) -> Constant {
    match c {
        ast::Constant::None => Constant::None,
        ast::Constant::True => Constant::Bool(true),
        ast::Constant::False => Constant::Bool(false),
        ast::Constant::Ellipsis => Constant::Ellipsis,
        ast::Constant::Int(ast::Int::Small(i)) => Constant::Int(*i),
        ast::Constant::Int(ast::Int::Big(b)) => Constant::BigInt {
            radix: b.radix,
            digits: b.digits.clone(),
            negative: false,
        },
        ast::Constant::Float(f) => Constant::Float(*f),
        ast::Constant::Complex(f) => Constant::Imaginary(*f),
        ast::Constant::Str(s) => Constant::Str(s.clone()),
        ast::Constant::Bytes(b) => Constant::Bytes(b.clone()),
    }
}

/// The value of `e` if it is a constant or folds to one.
pub fn fold(e: &Expr) -> Option<Constant> {
    fold_depth(e, 0)
}

fn fold_depth(e: &Expr, depth: u32) -> Option<Constant> {
    if depth > MAX_FOLD_DEPTH {
        return None;
    }
    match &e.kind {
        ExprKind::Constant(c) => Some(literal(c)),
        ExprKind::UnaryOp { op, operand } => {
            // Only fold over literals and folded operands.
            let v = fold_depth(operand, depth + 1)?;
            unary(*op, &v)
        }
        ExprKind::BinOp { left, op, right } => {
            let l = fold_depth(left, depth + 1)?;
            let r = fold_depth(right, depth + 1)?;
            binary(*op, &l, &r)
        }
        ExprKind::Tuple(items) => {
            let mut out = Vec::with_capacity(items.len());
            for i in items {
                out.push(fold_depth(i, depth + 1)?);
            }
            Some(Constant::Tuple(out.into_boxed_slice()))
        }
        _ => None,
    }
}

/// Python truthiness of a constant.
pub fn truthy(c: &Constant) -> Option<bool> {
    Some(match c {
        Constant::None => false,
        Constant::Bool(b) => *b,
        Constant::Ellipsis => true,
        Constant::Int(i) => *i != 0,
        Constant::BigInt { .. } => true,
        Constant::Float(f) => *f != 0.0,
        Constant::Imaginary(f) => *f != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(t) => !t.is_empty(),
        Constant::Code(_) => return None,
    })
}

fn as_int(c: &Constant) -> Option<i64> {
    match c {
        Constant::Int(i) => Some(*i),
        Constant::Bool(b) => Some(i64::from(*b)),
        _ => None,
    }
}

fn as_float(c: &Constant) -> Option<f64> {
    match c {
        Constant::Float(f) => Some(*f),
        _ => {
            let i = as_int(c)?;
            if (-EXACT_F64..=EXACT_F64).contains(&i) {
                Some(i as f64)
            } else {
                None
            }
        }
    }
}

fn unary(op: UnaryOp, v: &Constant) -> Option<Constant> {
    match op {
        UnaryOp::Not => Some(Constant::Bool(!truthy(v)?)),
        UnaryOp::USub => match v {
            Constant::Float(f) => Some(Constant::Float(-f)),
            Constant::BigInt {
                radix,
                digits,
                negative: false,
            } if (2..=36).contains(radix)
                && u64::from_str_radix(digits, *radix).ok() == Some(1u64 << 63) =>
            {
                Some(Constant::Int(i64::MIN))
            }
            Constant::BigInt {
                radix,
                digits,
                negative,
            } => Some(Constant::BigInt {
                radix: *radix,
                digits: digits.clone(),
                negative: !negative,
            }),
            // -(-2**63) does not fit: leave it to the VM's bigints.
            _ => as_int(v)?.checked_neg().map(Constant::Int),
        },
        UnaryOp::UAdd => match v {
            Constant::Float(f) => Some(Constant::Float(*f)),
            Constant::BigInt { .. } => Some(v.clone()),
            _ => as_int(v).map(Constant::Int),
        },
        UnaryOp::Invert => as_int(v).map(|i| Constant::Int(!i)),
    }
}

fn is_float(c: &Constant) -> bool {
    matches!(c, Constant::Float(_))
}

fn binary(op: Operator, l: &Constant, r: &Constant) -> Option<Constant> {
    // `&`, `|` and `^` of two bools are bools (`True & False` is `False`).
    if let (Constant::Bool(a), Constant::Bool(b)) = (l, r) {
        match op {
            Operator::BitAnd => return Some(Constant::Bool(a & b)),
            Operator::BitOr => return Some(Constant::Bool(a | b)),
            Operator::BitXor => return Some(Constant::Bool(a ^ b)),
            _ => {}
        }
    }
    if let (Some(a), Some(b)) = (as_int(l), as_int(r)) {
        return int_binary(op, a, b);
    }
    if (is_float(l) || is_float(r)) && as_float(l).is_some() && as_float(r).is_some() {
        let (a, b) = (as_float(l)?, as_float(r)?);
        let v = match op {
            Operator::Add => a + b,
            Operator::Sub => a - b,
            Operator::Mult => a * b,
            Operator::Div if b != 0.0 => a / b,
            _ => return None,
        };
        return Some(Constant::Float(v));
    }
    match (op, l, r) {
        (Operator::Add, Constant::Str(a), Constant::Str(b)) if a.len() + b.len() <= MAX_STR => {
            let mut s = String::with_capacity(a.len() + b.len());
            s.push_str(a);
            s.push_str(b);
            Some(Constant::Str(s.into_boxed_str()))
        }
        (Operator::Add, Constant::Bytes(a), Constant::Bytes(b)) if a.len() + b.len() <= MAX_STR => {
            let mut v = Vec::with_capacity(a.len() + b.len());
            v.extend_from_slice(a);
            v.extend_from_slice(b);
            Some(Constant::Bytes(v.into_boxed_slice()))
        }
        (Operator::Mult, Constant::Str(s), n) | (Operator::Mult, n, Constant::Str(s)) => {
            let n = usize::try_from(as_int(n)?.max(0)).ok()?;
            if s.chars().count().checked_mul(n)? > MAX_STR {
                return None;
            }
            Some(Constant::Str(s.repeat(n).into_boxed_str()))
        }
        (Operator::Mult, Constant::Bytes(s), n) | (Operator::Mult, n, Constant::Bytes(s)) => {
            let n = usize::try_from(as_int(n)?.max(0)).ok()?;
            if s.len().checked_mul(n)? > MAX_STR {
                return None;
            }
            Some(Constant::Bytes(s.repeat(n).into_boxed_slice()))
        }
        _ => None,
    }
}

fn int_binary(op: Operator, a: i64, b: i64) -> Option<Constant> {
    let v = match op {
        Operator::Add => a.checked_add(b)?,
        Operator::Sub => a.checked_sub(b)?,
        Operator::Mult => a.checked_mul(b)?,
        Operator::FloorDiv => {
            let q = a.checked_div(b)?;
            if a.checked_rem(b)? != 0 && ((a < 0) != (b < 0)) {
                q - 1
            } else {
                q
            }
        }
        Operator::Mod => {
            let m = a.checked_rem(b)?;
            if m != 0 && ((m < 0) != (b < 0)) {
                m + b
            } else {
                m
            }
        }
        Operator::Pow => {
            let e = u32::try_from(b).ok()?;
            a.checked_pow(e)?
        }
        Operator::LShift => {
            let s = u32::try_from(b).ok()?;
            if s >= 63 {
                if a == 0 {
                    0
                } else {
                    return None;
                }
            } else {
                let v = a.checked_shl(s)?;
                if v >> s != a {
                    return None;
                }
                v
            }
        }
        Operator::RShift => {
            let s = u32::try_from(b).ok()?;
            a >> s.min(63)
        }
        Operator::BitAnd => a & b,
        Operator::BitOr => a | b,
        Operator::BitXor => a ^ b,
        Operator::Div => {
            if b == 0
                || !(-EXACT_F64..=EXACT_F64).contains(&a)
                || !(-EXACT_F64..=EXACT_F64).contains(&b)
            {
                return None;
            }
            return Some(Constant::Float(a as f64 / b as f64));
        }
        Operator::MatMult => return None,
    };
    Some(Constant::Int(v))
}

/// A constant tuple from already-folded items.
pub fn tuple(items: Vec<Constant>) -> Constant {
    Constant::Tuple(items.into_boxed_slice())
}

/// Boxes a string constant.
pub fn str_const(s: &str) -> Constant {
    Constant::Str(Box::from(s))
}
