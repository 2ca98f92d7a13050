//! Generic operations: arithmetic, comparison, truth, hashing, `repr`/`str`,
//! attribute and item access, iteration. The interpreter's fast paths
//! handle small ints and floats inline and call these otherwise.

use crate::objects::{class, dict, exc, func, list, tuple};
use crate::qstr::q;
use crate::types::{kind, TypeId, SK_NATIVE};
use crate::vm::{PyResult, Vm};
use alloc::string::String;
use alloc::vec::Vec;
use pycopy_compiler::bytecode::{BinOp, Op};
use pycopy_gc::Value;

/// Numeric equality for immediates (ints, floats, bools); None otherwise.
pub fn num_eq(a: Value, b: Value) -> Option<bool> {
    Some(num_cmp(num_of(a)?, num_of(b)?) == Some(core::cmp::Ordering::Equal))
}

#[derive(Clone, Copy, PartialEq, PartialOrd)]
enum Num {
    I(i64),
    F(f64),
}

impl Num {
    fn f(self) -> f64 {
        match self {
            Num::I(i) => i as f64,
            Num::F(f) => f,
        }
    }
}

fn num_of(v: Value) -> Option<Num> {
    if let Some(i) = v.as_int() {
        return Some(Num::I(i));
    }
    if let Some(f) = v.as_float() {
        return Some(Num::F(f));
    }
    v.as_bool().map(|b| Num::I(i64::from(b)))
}

fn num_cmp(a: Num, b: Num) -> Option<core::cmp::Ordering> {
    match (a, b) {
        (Num::I(x), Num::I(y)) => Some(x.cmp(&y)),
        (x, y) => x.f().partial_cmp(&y.f()),
    }
}

fn int_val(v: Value) -> Option<i64> {
    v.as_int().or_else(|| v.as_bool().map(i64::from))
}

fn floor_div(a: i64, b: i64) -> i64 {
    let q = a / b;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    }
}

fn py_mod(a: i64, b: i64) -> i64 {
    let r = a % b;
    if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    }
}

fn dunder(op: BinOp) -> (u32, u32) {
    match op {
        BinOp::Add => (q::D_ADD, q::D_RADD),
        BinOp::Sub => (q::D_SUB, q::D_RSUB),
        BinOp::Mul => (q::D_MUL, q::D_RMUL),
        BinOp::TrueDiv => (q::D_TRUEDIV, q::D_RTRUEDIV),
        BinOp::FloorDiv => (q::D_FLOORDIV, q::D_RFLOORDIV),
        BinOp::Mod => (q::D_MOD, q::D_RMOD),
        BinOp::Pow => (q::D_POW, q::D_RPOW),
        BinOp::LShift => (q::D_LSHIFT, q::D_RLSHIFT),
        BinOp::RShift => (q::D_RSHIFT, q::D_RRSHIFT),
        BinOp::BitAnd => (q::D_AND, q::D_RAND),
        BinOp::BitOr => (q::D_OR, q::D_ROR),
        BinOp::BitXor => (q::D_XOR, q::D_RXOR),
        BinOp::MatMul => (q::D_MATMUL, q::D_RMATMUL),
    }
}

fn idunder(op: BinOp) -> u32 {
    match op {
        BinOp::Add => q::D_IADD,
        BinOp::Sub => q::D_ISUB,
        BinOp::Mul => q::D_IMUL,
        BinOp::TrueDiv => q::D_ITRUEDIV,
        BinOp::FloorDiv => q::D_IFLOORDIV,
        BinOp::Mod => q::D_IMOD,
        BinOp::Pow => q::D_IPOW,
        BinOp::LShift => q::D_ILSHIFT,
        BinOp::RShift => q::D_IRSHIFT,
        BinOp::BitAnd => q::D_IAND,
        BinOp::BitOr => q::D_IOR,
        BinOp::BitXor => q::D_IXOR,
        BinOp::MatMul => q::D_IMATMUL,
    }
}

fn op_sym(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::TrueDiv => "/",
        BinOp::FloorDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "** or pow()",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::BitAnd => "&",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::MatMul => "@",
    }
}

/// Whether floats support the operator (not the bitwise ones and `@`).
fn float_op(op: BinOp) -> bool {
    !matches!(
        op,
        BinOp::LShift
            | BinOp::RShift
            | BinOp::BitAnd
            | BinOp::BitOr
            | BinOp::BitXor
            | BinOp::MatMul
    )
}

impl Vm {
    /// Binary operator on any values.
    #[inline]
    pub fn binop(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        self.binop_as(op, a, b, false)
    }

    /// Binary operator; `inplace`: it is the fallback of `a op= b`, which
    /// only changes the wording of the error (`+=` for `+`).
    #[inline(never)]
    fn binop_as(&mut self, op: BinOp, a: Value, b: Value, inplace: bool) -> PyResult<Value> {
        // Small ints, floats, and a float with a small int (exact in an
        // f64) first: the interpreter's `/`, `//`, `%`, `**`, in-place
        // arithmetic and overflowing small-int results come here.
        if a.is_int() && b.is_int() && op != BinOp::MatMul {
            return self.int_binop(op, a.int_unchecked(), b.int_unchecked());
        }
        // A small int with a word-sized heap int (the overflowed product of
        // an LCG step `(x * m + c) & mask`): exact in i128, no detour.
        if (a.is_int() && b.is_ref()) || (a.is_ref() && b.is_int()) {
            if let Some(r) = crate::objects::int::binop_word(self, op, a, b) {
                return r;
            }
        }
        match (a.as_float(), b.as_float()) {
            _ if !float_op(op) => {}
            (Some(x), Some(y)) => return self.float_binop(op, x, y),
            (Some(x), None) if b.is_int() => {
                return self.float_binop(op, x, b.int_unchecked() as f64)
            }
            (None, Some(y)) if a.is_int() => {
                return self.float_binop(op, a.int_unchecked() as f64, y)
            }
            _ => {}
        }
        if op == BinOp::Add && self.is_str(a) && self.is_str(b) {
            return crate::objects::str::concat(self, a, b);
        }
        if let (Some(x), Some(y)) = (a.as_bool(), b.as_bool()) {
            match op {
                BinOp::BitAnd => return Ok(Value::bool(x & y)),
                BinOp::BitOr => return Ok(Value::bool(x | y)),
                BinOp::BitXor => return Ok(Value::bool(x ^ y)),
                _ => {}
            }
        }
        if op != BinOp::MatMul {
            if let (Some(x), Some(y)) = (int_val(a), int_val(b)) {
                return self.int_binop(op, x, y);
            }
            if let (Some(x), Some(y)) = (num_of(a), num_of(b)) {
                if float_op(op) {
                    return self.float_binop(op, x.f(), y.f());
                }
            }
        }
        let (ka, kb) = (self.kind_of(a), self.kind_of(b));
        if ka == kind::INSTANCE && self.slot(a, class::I_BASE).is_none() {
            // A user class's operator method: none of the builtin cases
            // below apply.
            return self.binop_dunder(op, a, b, inplace);
        }
        if ka == kind::BIGINT || kb == kind::BIGINT {
            let ia = ka == kind::BIGINT || int_val(a).is_some();
            let ib = kb == kind::BIGINT || int_val(b).is_some();
            if ia && ib && op != BinOp::MatMul {
                return crate::objects::int::binop(self, op, a, b);
            }
            if (ia || a.is_float()) && (ib || b.is_float()) && float_op(op) {
                let x = match a.as_float() {
                    Some(f) => f,
                    None => crate::objects::int::to_float(self, a)?,
                };
                let y = match b.as_float() {
                    Some(f) => f,
                    None => crate::objects::int::to_float(self, b)?,
                };
                return self.float_binop(op, x, y);
            }
        }
        if ka == kind::COMPLEX || kb == kind::COMPLEX {
            if let Some(v) = crate::objects::complex::binop(self, op, a, b)? {
                return Ok(v);
            }
        }
        if op == BinOp::Mul && int_val(a).is_some() && crate::objects::bytes::is_bytes(self, b) {
            // `n * b"..."` repeats like `b"..." * n`.
            return self.binop(op, b, a);
        }
        if crate::objects::bytes::is_bytes(self, a) {
            if op == BinOp::Add && crate::objects::buffer::is_buffer(self, b) && !self.is_str(b) {
                return crate::objects::bytes::concat(self, ka, a, b);
            }
            if op == BinOp::Mul {
                if let Some(n) = int_val(b) {
                    let d = crate::objects::bytes::data(self, a).unwrap_or(&[]).to_vec();
                    let n = n.max(0) as usize;
                    if d.len().saturating_mul(n) > self.heap.total_bytes() {
                        return Err(self.raise(TypeId::MemoryError, "memory allocation failed"));
                    }
                    return crate::objects::bytes::new_bytes(self, ka, &d.repeat(n));
                }
            }
        }
        let sa = self.is_str(a);
        if op == BinOp::Add {
            if sa && self.is_str(b) {
                return crate::objects::str::concat(self, a, b);
            }
            if ka == kind::LIST && kb == kind::LIST {
                return list::concat(self, a, b, false);
            }
            if ka == kind::TUPLE && kb == kind::TUPLE {
                return list::concat(self, a, b, true);
            }
        }
        if op == BinOp::Mul {
            let (seq, n) = if let Some(n) = int_val(b) {
                (a, Some(n))
            } else if let Some(n) = int_val(a) {
                (b, Some(n))
            } else {
                (a, None)
            };
            if let Some(n) = n {
                if self.is_str(seq) {
                    return crate::objects::str::repeat(self, seq, n);
                }
                let ks = self.kind_of(seq);
                if ks == kind::LIST || ks == kind::TUPLE {
                    let k = list::seq_store(self, seq).map_or(0, |(_, k)| k);
                    let n = usize::try_from(n).unwrap_or(0);
                    if k.saturating_mul(n) > self.heap.total_bytes() / 8 {
                        return Err(self.raise(TypeId::MemoryError, "memory allocation failed"));
                    }
                    return list::repeat(self, seq, n, ks == kind::TUPLE);
                }
            }
        }
        if op == BinOp::Mul && (kb == kind::BIGINT || ka == kind::BIGINT) {
            let seq = if kb == kind::BIGINT { a } else { b };
            if matches!(
                self.kind_of(seq),
                kind::LIST | kind::TUPLE | kind::BYTES | kind::BYTEARRAY
            ) || self.is_str(seq)
            {
                return Err(self.raise(
                    TypeId::OverflowError,
                    "cannot fit 'int' into an index-sized integer",
                ));
            }
        }
        if op == BinOp::Mod && (sa || ka == kind::BYTES || ka == kind::BYTEARRAY) {
            return crate::format::percent(self, a, b);
        }
        if crate::objects::set::is_setlike(self, a) || crate::objects::set::is_setlike(self, b) {
            if let Some(v) = crate::objects::set::binop(self, op, a, b)? {
                return Ok(v);
            }
        }
        if op == BinOp::BitOr && ka == kind::DICT && kb == kind::DICT {
            // The operands are rooted: creating the result may move them.
            let mark = self.push_root(a);
            self.push_root(b);
            let r = dict::new_dict(self, 0).and_then(|d| {
                self.push_root(d);
                let (d, a) = (self.root(mark + 2), self.root(mark));
                dict::update(self, d, a)?;
                let (d, b) = (self.root(mark + 2), self.root(mark + 1));
                dict::update(self, d, b)?;
                Ok(self.root(mark + 2))
            });
            self.pop_roots(mark);
            return r;
        }
        self.binop_dunder(op, a, b, inplace)
    }

    fn binop_dunder(&mut self, op: BinOp, a: Value, b: Value, inplace: bool) -> PyResult<Value> {
        let mark = self.push_root(a);
        self.push_root(b);
        let r = self.binop_dunder_rooted(op, mark, inplace);
        self.pop_roots(mark);
        r
    }

    /// Whether `v` is an instance of a user class (its type has a dict of
    /// Python-level methods to dispatch through).
    fn is_user_instance(&self, v: Value) -> bool {
        matches!(self.kind_of(v), kind::INSTANCE | kind::EXC)
    }

    /// `__op__`/`__rop__` dispatch with the operands at roots `mark`,
    /// `mark + 1` (calls may move them).
    fn binop_dunder_rooted(&mut self, op: BinOp, mark: usize, inplace: bool) -> PyResult<Value> {
        let (fwd, rev) = dunder(op);
        let (a, b) = (self.root(mark), self.root(mark + 1));
        if let Some(t) = self.same_class(a, b) {
            // Two instances of one user class: only `__op__` applies (the
            // reflected method is not tried for operands of the same type).
            if let Some(m) = crate::ctor_cache::lookup(self, t, Value::qstr(fwd)) {
                let r = self.call2(m, a, b)?;
                if r != Value::NOT_IMPLEMENTED {
                    return Ok(r);
                }
            }
            let (a, b) = (self.root(mark), self.root(mark + 1));
            return Err(self.binop_error(op, a, b, inplace));
        }
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        let (ua, ub) = (self.is_user_instance(a), self.is_user_instance(b));
        // (`ta`/`tb` are valid until the first call; after it they are only
        // compared with each other.)
        let same = ta == tb;
        // CPython: when the right operand's type is a proper subclass of
        // the left's and overrides the reflected method, that goes first.
        let rev_first = ub
            && !same
            && self.is_subclass(tb, ta)
            && class::lookup(self, tb, Value::qstr(rev))
                .is_some_and(|m| class::lookup(self, ta, Value::qstr(rev)) != Some(m));
        if rev_first {
            if let Some(r) = self.try_dunder(mark + 1, mark, rev, Some(tb))? {
                return Ok(r);
            }
        }
        if ua {
            let t = (!rev_first).then_some(ta);
            if let Some(r) = self.try_dunder(mark, mark + 1, fwd, t)? {
                return Ok(r);
            }
        }
        // The reflected method is not tried for operands of the same type.
        if !rev_first && !same && ub {
            let t = (!ua).then_some(tb);
            if let Some(r) = self.try_dunder(mark + 1, mark, rev, t)? {
                return Ok(r);
            }
        }
        let (a, b) = (self.root(mark), self.root(mark + 1));
        // Subclasses of builtins operate on their base value.
        let ba = self.base_value(a);
        let bb = self.base_value(b);
        if ba != a || bb != b {
            return self.binop_as(op, ba, bb, inplace);
        }
        Err(self.binop_error(op, a, b, inplace))
    }

    /// CPython's error for an operator no operand supports: sequences word
    /// it as concatenation/repetition, the rest as unsupported operands.
    #[cold]
    fn binop_error(&mut self, op: BinOp, a: Value, b: Value, inplace: bool) -> crate::vm::PyErr {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        let is_seq = |vm: &Vm, v: Value| {
            vm.is_str(v)
                || matches!(
                    vm.kind_of(v),
                    kind::LIST | kind::TUPLE | kind::BYTES | kind::BYTEARRAY
                )
        };
        let m = if op == BinOp::Add && is_seq(self, a) {
            let base = if self.is_str(a) {
                "str"
            } else {
                match self.kind_of(a) {
                    kind::LIST => "list",
                    kind::TUPLE => "tuple",
                    kind::BYTES => "bytes",
                    _ => "bytearray",
                }
            };
            if matches!(base, "bytes" | "bytearray") {
                alloc::format!("can't concat {tb} to {base}")
            } else {
                alloc::format!("can only concatenate {base} (not \"{tb}\") to {base}")
            }
        } else if op == BinOp::Mul && is_seq(self, a) {
            alloc::format!("can't multiply sequence by non-int of type '{tb}'")
        } else if op == BinOp::Mul && is_seq(self, b) {
            alloc::format!("can't multiply sequence by non-int of type '{ta}'")
        } else {
            let sym = match (op, inplace) {
                (BinOp::Pow, true) => "**",
                _ => op_sym(op),
            };
            let eq = if inplace { "=" } else { "" };
            alloc::format!("unsupported operand type(s) for {sym}{eq}: '{ta}' and '{tb}'")
        };
        self.type_error(&m)
    }

    /// Calls `type(x).name(x, y)` with `x`, `y` at roots `xi`, `yi`, if the
    /// type (below `object`) has it; `None` when absent or it returned
    /// `NotImplemented`. `t`: `type(x)` when known (and not moved since).
    fn try_dunder(
        &mut self,
        xi: usize,
        yi: usize,
        name: u32,
        t: Option<Value>,
    ) -> PyResult<Option<Value>> {
        let (x, y) = (self.root(xi), self.root(yi));
        let t = match t {
            Some(t) => t,
            None => self.type_of(x),
        };
        let Some(m) = crate::ctor_cache::lookup(self, t, Value::qstr(name)) else {
            return Ok(None);
        };
        let r = self.call(m, &[x, y])?;
        Ok((r != Value::NOT_IMPLEMENTED).then_some(r))
    }

    /// The class of `a` and `b` when both are instances of one user class
    /// without a builtin base (no base value to fall back on).
    #[inline]
    fn same_class(&self, a: Value, b: Value) -> Option<Value> {
        let (ra, rb) = (a.as_ref()?, b.as_ref()?);
        if self.heap.kind(ra) != kind::INSTANCE || self.heap.kind(rb) != kind::INSTANCE {
            return None;
        }
        let (ta, tb) = (
            self.heap.get(ra, class::I_CLASS)?,
            self.heap.get(rb, class::I_CLASS)?,
        );
        let no_base = self
            .heap
            .get(ra, class::I_BASE)
            .is_some_and(|v| v.is_none());
        (ta == tb && no_base && self.kind_of(ta) == kind::CLASS).then_some(ta)
    }

    /// `m(x, y)` from native code (an operator method): a plain Python
    /// function gets its frame pushed by the call fast path and run to its
    /// return; anything else goes through [`Vm::call`].
    fn call2(&mut self, m: Value, x: Value, y: Value) -> PyResult<Value> {
        let idx = self.st.stack.len();
        if idx + 3 > crate::vm::MAX_STACK || !self.st.stack.extend_from_slice(&[m, x, y]) {
            self.st.stack.truncate(idx);
            return Err(self.recursion_error());
        }
        if !self.push_simple(idx, 2, idx) {
            self.st.stack.truncate(idx);
            return self.call(m, &[x, y]);
        }
        if let Some(f) = self.st.frames.last_mut() {
            f.entry = true;
        }
        let r = self.run_entry();
        self.st.stack.truncate(idx);
        r
    }

    /// The builtin value inside an instance of a builtin subclass (else `v`).
    pub fn base_value(&self, v: Value) -> Value {
        if self.kind_of(v) == kind::INSTANCE {
            let b = self.slot(v, class::I_BASE);
            if !b.is_none() {
                return b;
            }
        }
        v
    }

    /// In-place operator: `__iop__` first, then the binary operator.
    pub fn inplace(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        if op == BinOp::Add && self.is_str(a) && self.is_str(b) {
            return crate::objects::str::concat(self, a, b);
        }
        let ka = self.kind_of(a);
        if ka == kind::LIST && op == BinOp::Add {
            let mark = self.push_root(a);
            let r = list::extend(self, a, b);
            let a = self.root(mark);
            self.pop_roots(mark);
            return r.map(|_| a);
        }
        if ka == kind::DICT && op == BinOp::BitOr {
            let mark = self.push_root(a);
            let r = dict::update_from(self, a, b);
            let a = self.root(mark);
            self.pop_roots(mark);
            return r.map(|_| a);
        }
        if ka == kind::SET {
            if let Some(v) = crate::objects::set::inplace(self, op, a, b)? {
                return Ok(v);
            }
        }
        if ka == kind::LIST && op == BinOp::Mul && crate::objects::num::is_intlike(self, b) {
            return crate::objects::seq::list_imul(self, a, b);
        }
        if ka == kind::BYTEARRAY && matches!(op, BinOp::Add | BinOp::Mul) {
            let r = self.binop(op, a, b)?;
            let d = crate::objects::buffer::to_vec(self, r).unwrap_or_default();
            crate::objects::bytes::set_data(self, a, &d)?;
            return Ok(a);
        }
        let (mut a, mut b) = (a, b);
        if ka == kind::INSTANCE {
            let t = self.type_of(a);
            if let Some(m) = class::lookup(self, t, Value::qstr(idunder(op))) {
                let mark = self.push_root(a);
                self.push_root(b);
                let r = self.call(m, &[a, b]);
                (a, b) = (self.root(mark), self.root(mark + 1));
                self.pop_roots(mark);
                let r = r?;
                if r != Value::NOT_IMPLEMENTED {
                    return Ok(r);
                }
            }
        }
        self.binop_as(op, a, b, true)
    }

    fn int_binop(&mut self, op: BinOp, x: i64, y: i64) -> PyResult<Value> {
        let r = match op {
            BinOp::Add => x.checked_add(y),
            BinOp::Sub => x.checked_sub(y),
            BinOp::Mul => x.checked_mul(y),
            BinOp::TrueDiv => {
                if y == 0 {
                    return Err(self.zero_division("division by zero"));
                }
                return Ok(Value::float(x as f64 / y as f64));
            }
            BinOp::FloorDiv => {
                if y == 0 {
                    return Err(self.zero_division("integer division or modulo by zero"));
                }
                Some(floor_div(x, y))
            }
            BinOp::Mod => {
                if y == 0 {
                    return Err(self.zero_division("integer modulo by zero"));
                }
                Some(py_mod(x, y))
            }
            BinOp::Pow => {
                if y < 0 {
                    if x == 0 {
                        return Err(self.zero_division("0.0 cannot be raised to a negative power"));
                    }
                    return Ok(Value::float(crate::objects::float::pow(x as f64, y as f64)));
                }
                let mut acc: i64 = 1;
                let mut ok = true;
                for _ in 0..y.min(200) {
                    match acc.checked_mul(x) {
                        Some(v) => acc = v,
                        None => {
                            ok = false;
                            break;
                        }
                    }
                }
                if y > 200 && x.abs() > 1 {
                    ok = false;
                } else if y > 200 {
                    acc = if x == -1 && y % 2 == 1 {
                        -1
                    } else if x == 0 {
                        0
                    } else {
                        1
                    };
                }
                if ok {
                    Some(acc)
                } else {
                    None
                }
            }
            BinOp::LShift => {
                if y < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                if y >= 63 {
                    if x == 0 {
                        Some(0)
                    } else {
                        None
                    }
                } else {
                    let r = x << y;
                    if r >> y == x {
                        Some(r)
                    } else {
                        None
                    }
                }
            }
            BinOp::RShift => {
                if y < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                Some(x >> y.min(63))
            }
            BinOp::BitAnd => Some(x & y),
            BinOp::BitOr => Some(x | y),
            BinOp::BitXor => Some(x ^ y),
            BinOp::MatMul => {
                let (a, b) = (Value::int(x), Value::int(y));
                return match (a, b) {
                    (Some(a), Some(b)) => Err(self.binop_error(op, a, b, false)),
                    _ => Err(self.int_overflow()),
                };
            }
        };
        match r {
            Some(r) => match Value::int(r) {
                Some(v) => Ok(v),
                // Past the small-int range: a one-limb heap int directly.
                None => crate::objects::int::from_i128(self, i128::from(r)),
            },
            None => {
                let (a, b) = (Value::int(x), Value::int(y));
                match (a, b) {
                    (Some(a), Some(b)) => crate::objects::int::binop(self, op, a, b),
                    _ => Err(self.int_overflow()),
                }
            }
        }
    }

    fn float_binop(&mut self, op: BinOp, x: f64, y: f64) -> PyResult<Value> {
        let r = match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => x * y,
            BinOp::TrueDiv => {
                if y == 0.0 {
                    return Err(self.zero_division("float division by zero"));
                }
                x / y
            }
            BinOp::FloorDiv => {
                if y == 0.0 {
                    return Err(self.zero_division("float floor division by zero"));
                }
                crate::objects::num::float_divmod_parts(x, y).0
            }
            BinOp::Mod => {
                if y == 0.0 {
                    return Err(self.zero_division("float modulo"));
                }
                crate::objects::num::float_divmod_parts(x, y).1
            }
            BinOp::Pow => {
                if x == 0.0 && y < 0.0 {
                    return Err(self.zero_division("0.0 cannot be raised to a negative power"));
                }
                if x < 0.0 && y.is_finite() && libm::trunc(y) != y {
                    // A negative base to a fractional power is complex (CPython 3).
                    let (a, b) = (Value::float(x), Value::float(y));
                    if let Some(v) = crate::objects::complex::binop(self, BinOp::Pow, a, b)? {
                        return Ok(v);
                    }
                }
                let r = crate::objects::float::pow(x, y);
                if r.is_infinite() && x.is_finite() && y.is_finite() {
                    return Err(self.raise(
                        TypeId::OverflowError,
                        "(34, 'Numerical result out of range')",
                    ));
                }
                r
            }
            _ => {
                let m = alloc::format!(
                    "unsupported operand type(s) for {}: 'float' and 'float'",
                    op_sym(op)
                );
                return Err(self.type_error(&m));
            }
        };
        Ok(Value::float(r))
    }

    /// Unary `-`, `+`, `~`.
    pub fn unary(&mut self, op: Op, x: Value) -> PyResult<Value> {
        if let Some(i) = int_val(x) {
            let r = match op {
                Op::Neg => i.checked_neg(),
                Op::Pos => Some(i),
                _ => Some(!i),
            };
            if let Some(v) = r.and_then(Value::int) {
                return Ok(v);
            }
            let w = if op == Op::Neg { 0 } else { 1 };
            return crate::objects::int::unary(self, w, Value::int(i).unwrap_or(Value::NONE));
        }
        if self.kind_of(x) == kind::BIGINT {
            return match op {
                Op::Neg => crate::objects::int::unary(self, 0, x),
                Op::Pos => Ok(x),
                _ => crate::objects::int::unary(self, 1, x),
            };
        }
        if let Some(f) = x.as_float() {
            return match op {
                Op::Neg => Ok(Value::float(-f)),
                Op::Pos => Ok(x),
                _ => Err(self.type_error("bad operand type for unary ~: 'float'")),
            };
        }
        let name = match op {
            Op::Neg => q::D_NEG,
            Op::Pos => q::D_POS,
            _ => q::D_INVERT,
        };
        let t = self.type_of(x);
        if let Some(m) = class::lookup(self, t, Value::qstr(name)) {
            return self.call(m, &[x]);
        }
        let sym = match op {
            Op::Neg => "-",
            Op::Pos => "+",
            _ => "~",
        };
        let m = alloc::format!("bad operand type for unary {sym}: '{}'", self.type_name(x));
        Err(self.type_error(&m))
    }

    /// Truth value.
    pub fn truthy(&mut self, v: Value) -> PyResult<bool> {
        if let Some(b) = v.as_bool() {
            return Ok(b);
        }
        if v.is_none() {
            return Ok(false);
        }
        if let Some(i) = v.as_int() {
            return Ok(i != 0);
        }
        if let Some(f) = v.as_float() {
            return Ok(f != 0.0);
        }
        if v.is_qstr() {
            return Ok(self.str_of(v).is_some_and(|s| !s.is_empty()));
        }
        match self.kind_of(v) {
            kind::STR => Ok(crate::objects::str::char_len(self, v) > 0),
            kind::LIST => Ok(list::len(self, v) > 0),
            kind::TUPLE => Ok(tuple::len(self, v) > 0),
            kind::DICT | kind::SET | kind::FROZENSET => Ok(dict::len(self, v) > 0),
            kind::RANGE => Ok(crate::objects::iter::range_len(self, v) > 0),
            kind::BIGINT => Ok(true),
            kind::BYTES | kind::BYTEARRAY | kind::MEMORYVIEW => {
                Ok(crate::objects::buffer::data(self, v).is_some_and(|d| !d.is_empty()))
            }
            kind::COMPLEX => Ok(crate::objects::complex::parts(self, v) != Some((0.0, 0.0))),
            kind::INSTANCE => {
                let t = self.type_of(v);
                if let Some(m) = class::lookup(self, t, Value::qstr(q::D_BOOL)) {
                    let r = self.call(m, &[v])?;
                    return match r.as_bool() {
                        Some(b) => Ok(b),
                        None => Err(self.type_error("__bool__ should return bool")),
                    };
                }
                if let Some(m) = class::lookup(self, t, Value::qstr(q::D_LEN)) {
                    let r = self.call(m, &[v])?;
                    return Ok(r.as_int().unwrap_or(0) != 0);
                }
                let b = self.base_value(v);
                if b != v {
                    return self.truthy(b);
                }
                Ok(true)
            }
            _ => Ok(true),
        }
    }

    /// `a is b`.
    #[inline]
    pub fn is_same(&self, a: Value, b: Value) -> bool {
        if a == b {
            return true;
        }
        // Equal strs that are one interned and one not are still "is"-different.
        false
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if let Some(r) = dict::fast_eq(self, a, b) {
            return Ok(r);
        }
        let v = self.compare_value(Op::Eq, a, b)?;
        self.truthy(v)
    }

    /// `a < b` as a bool.
    pub fn lt(&mut self, a: Value, b: Value) -> PyResult<bool> {
        self.compare_bool(Op::Lt, a, b)
    }

    /// A comparison as a bool.
    pub fn compare_bool(&mut self, op: Op, a: Value, b: Value) -> PyResult<bool> {
        let v = self.compare_value(op, a, b)?;
        match v.as_bool() {
            Some(b) => Ok(b),
            None => self.truthy(v),
        }
    }

    /// A comparison producing a value (rich comparison).
    pub fn compare_value(&mut self, op: Op, mut a: Value, mut b: Value) -> PyResult<Value> {
        // Interned strings are unique per text: equality is identity.
        if a.is_qstr() && b.is_qstr() && matches!(op, Op::Eq | Op::Ne) {
            return Ok(Value::bool((a == b) == (op == Op::Eq)));
        }
        if let (Some(x), Some(y)) = (num_of(a), num_of(b)) {
            let c = num_cmp(x, y);
            return Ok(Value::bool(match op {
                Op::Eq => c == Some(core::cmp::Ordering::Equal),
                Op::Ne => c != Some(core::cmp::Ordering::Equal),
                Op::Lt => c == Some(core::cmp::Ordering::Less),
                Op::Le => matches!(
                    c,
                    Some(core::cmp::Ordering::Less | core::cmp::Ordering::Equal)
                ),
                Op::Gt => c == Some(core::cmp::Ordering::Greater),
                _ => matches!(
                    c,
                    Some(core::cmp::Ordering::Greater | core::cmp::Ordering::Equal)
                ),
            }));
        }
        if self.kind_of(a) == kind::BIGINT || self.kind_of(b) == kind::BIGINT {
            let c = if let Some(f) = b.as_float() {
                crate::objects::int::cmp_float(self, a, f)
            } else if let Some(f) = a.as_float() {
                crate::objects::int::cmp_float(self, b, f).map(core::cmp::Ordering::reverse)
            } else {
                crate::objects::int::cmp(self, a, b)
            };
            if let Some(c) = c {
                return Ok(Value::bool(ord_op(op, c)));
            }
            if b.as_float().is_some_and(f64::is_nan) || a.as_float().is_some_and(f64::is_nan) {
                return Ok(Value::bool(op == Op::Ne));
            }
        }
        if crate::objects::bytes::is_bytes(self, a) && crate::objects::bytes::is_bytes(self, b) {
            let c = crate::objects::bytes::data(self, a).cmp(&crate::objects::bytes::data(self, b));
            return Ok(Value::bool(ord_op(op, c)));
        }
        if matches!(op, Op::Eq | Op::Ne)
            && (self.kind_of(a) == kind::MEMORYVIEW || self.kind_of(b) == kind::MEMORYVIEW)
            && !self.is_str(a)
            && !self.is_str(b)
        {
            use crate::objects::buffer;
            if let (Some(x), Some(y)) = (buffer::data(self, a), buffer::data(self, b)) {
                return Ok(Value::bool((x == y) == (op == Op::Eq)));
            }
        }
        if self.is_str(a) && self.is_str(b) {
            let (x, y) = (self.str_of(a).unwrap_or(""), self.str_of(b).unwrap_or(""));
            let c = x.cmp(y);
            return Ok(Value::bool(ord_op(op, c)));
        }
        let (ka, kb) = (self.kind_of(a), self.kind_of(b));
        if (ka == kind::LIST && kb == kind::LIST) || (ka == kind::TUPLE && kb == kind::TUPLE) {
            return self.seq_compare(op, a, b);
        }
        if ka == kind::INSTANCE || kb == kind::INSTANCE || ka == kind::EXC || kb == kind::EXC {
            let mark = self.push_root(a);
            self.push_root(b);
            let r = self.compare_dunder(op, mark);
            // The calls may have moved the operands.
            (a, b) = (self.root(mark), self.root(mark + 1));
            self.pop_roots(mark);
            if let Some(r) = r? {
                return Ok(r);
            }
        }
        if (ka == kind::SET || ka == kind::FROZENSET)
            && (kb == kind::SET || kb == kind::FROZENSET)
            && !matches!(op, Op::Eq | Op::Ne)
        {
            let sub = |vm: &mut Vm, x: Value, y: Value| -> PyResult<bool> {
                for (k, _) in dict::pairs(vm, x) {
                    if !vm.contains(y, k)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            };
            let (la, lb) = (dict::len(self, a), dict::len(self, b));
            let r = match op {
                Op::Le => sub(self, a, b)?,
                Op::Lt => la < lb && sub(self, a, b)?,
                Op::Ge => sub(self, b, a)?,
                _ => la > lb && sub(self, b, a)?,
            };
            return Ok(Value::bool(r));
        }
        if matches!(op, Op::Eq | Op::Ne)
            && (ka == kind::BOUND || ka == kind::NATIVE_BOUND)
            && ka == kb
        {
            let same = self.slot(a, 0) == self.slot(b, 0) && self.slot(a, 1) == self.slot(b, 1);
            return Ok(Value::bool(same == (op == Op::Eq)));
        }
        match op {
            Op::Eq => Ok(Value::bool(
                dict::fast_eq(self, a, b).unwrap_or(a == b) || self.container_eq(a, b)?,
            )),
            Op::Ne => Ok(Value::bool(
                !(dict::fast_eq(self, a, b).unwrap_or(a == b) || self.container_eq(a, b)?),
            )),
            _ => {
                let sym = match op {
                    Op::Lt => "<",
                    Op::Le => "<=",
                    Op::Gt => ">",
                    _ => ">=",
                };
                let m = alloc::format!(
                    "'{sym}' not supported between instances of '{}' and '{}'",
                    self.type_name(a),
                    self.type_name(b)
                );
                Err(self.type_error(&m))
            }
        }
    }

    /// Rich comparison through the operands' dunders (operands at roots
    /// `mark`, `mark + 1`): the reflected method of a right operand whose
    /// type is a proper subclass of the left's first (CPython), then the
    /// left's, then the right's reflected, then `__ne__` as `not __eq__`,
    /// then builtin base values. `None`: fall back to identity/TypeError.
    fn compare_dunder(&mut self, op: Op, mark: usize) -> PyResult<Option<Value>> {
        let (name, rname) = match op {
            Op::Eq => (q::D_EQ, q::D_EQ),
            Op::Ne => (q::D_NE, q::D_NE),
            Op::Lt => (q::D_LT, q::D_GT),
            Op::Le => (q::D_LE, q::D_GE),
            Op::Gt => (q::D_GT, q::D_LT),
            _ => (q::D_GE, q::D_LE),
        };
        let (a, b) = (self.root(mark), self.root(mark + 1));
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        let (ua, ub) = (self.is_user_instance(a), self.is_user_instance(b));
        let rev_first = ub && ta != tb && self.is_subclass(tb, ta);
        if rev_first {
            if let Some(r) = self.try_compare(mark + 1, mark, rname, Some(tb))? {
                return Ok(Some(r));
            }
        }
        if ua {
            let t = (!rev_first).then_some(ta);
            if let Some(r) = self.try_compare(mark, mark + 1, name, t)? {
                return Ok(Some(r));
            }
        }
        if !rev_first && ub {
            if let Some(r) = self.try_compare(mark + 1, mark, rname, None)? {
                return Ok(Some(r));
            }
        }
        let (a, b) = (self.root(mark), self.root(mark + 1));
        let (ba, bb) = (self.base_value(a), self.base_value(b));
        if ba != a || bb != b {
            return self.compare_value(op, ba, bb).map(Some);
        }
        Ok(None)
    }

    /// One side of a rich comparison ([`Vm::try_dunder`]); a type without
    /// its own `__ne__` inherits object's, which inverts `__eq__` unless
    /// that returned `NotImplemented`.
    fn try_compare(
        &mut self,
        xi: usize,
        yi: usize,
        name: u32,
        t: Option<Value>,
    ) -> PyResult<Option<Value>> {
        if name != q::D_NE {
            return self.try_dunder(xi, yi, name, t);
        }
        let t = match t {
            Some(t) => t,
            None => self.type_of(self.root(xi)),
        };
        if crate::ctor_cache::lookup(self, t, Value::qstr(q::D_NE)).is_some() {
            return self.try_dunder(xi, yi, name, Some(t));
        }
        match self.try_dunder(xi, yi, q::D_EQ, Some(t))? {
            Some(r) => {
                let b = self.truthy(r)?;
                Ok(Some(Value::bool(!b)))
            }
            None => Ok(None),
        }
    }

    fn container_eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        // Nested containers recurse in Rust: bound the depth like re-entry.
        if self.st.reentry >= crate::vm::MAX_REENTRY {
            return Err(self.recursion_error());
        }
        self.st.reentry += 1;
        let r = self.container_eq_inner(a, b);
        self.st.reentry -= 1;
        r
    }

    fn container_eq_inner(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if let Some(r) = crate::objects::set::view_eq(self, a, b)? {
            return Ok(r);
        }
        let (ka, kb) = (self.kind_of(a), self.kind_of(b));
        if ka != kb {
            if (ka == kind::SET || ka == kind::FROZENSET)
                && (kb == kind::SET || kb == kind::FROZENSET)
            {
                return crate::objects::set::set_eq(self, a, b);
            }
            return Ok(false);
        }
        match ka {
            kind::DICT => {
                if dict::len(self, a) != dict::len(self, b) {
                    return Ok(false);
                }
                for (k, v) in dict::pairs(self, a) {
                    match dict::get(self, b, k)? {
                        Some(w) => {
                            if !self.eq(v, w)? {
                                return Ok(false);
                            }
                        }
                        None => return Ok(false),
                    }
                }
                Ok(true)
            }
            kind::SET | kind::FROZENSET => crate::objects::set::set_eq(self, a, b),
            kind::RANGE => Ok(crate::objects::range::equal(self, a, b)),
            kind::SLICE => {
                let mark = self.push_root(a);
                self.push_root(b);
                let mut r = Ok(true);
                for i in 0..3 {
                    let (a, b) = (self.root(mark), self.root(mark + 1));
                    let (x, y) = (self.slot(a, i), self.slot(b, i));
                    match self.eq(x, y) {
                        Ok(true) => {}
                        other => {
                            r = other;
                            break;
                        }
                    }
                }
                self.pop_roots(mark);
                r
            }
            _ => Ok(false),
        }
    }

    fn seq_compare(&mut self, op: Op, a: Value, b: Value) -> PyResult<Value> {
        if self.st.reentry >= crate::vm::MAX_REENTRY {
            return Err(self.recursion_error());
        }
        self.st.reentry += 1;
        let r = self.seq_compare_inner(op, a, b);
        self.st.reentry -= 1;
        r
    }

    fn seq_compare_inner(&mut self, op: Op, a: Value, b: Value) -> PyResult<Value> {
        let xa = self.seq_items(a);
        let xb = self.seq_items(b);
        if matches!(op, Op::Eq | Op::Ne) && xa.len() != xb.len() {
            return Ok(Value::bool(op == Op::Ne));
        }
        let mark = self.st.misc.len();
        self.st.misc.extend_from_slice(&xa);
        self.st.misc.extend_from_slice(&xb);
        let (na, nb) = (xa.len(), xb.len());
        let r = (|| {
            for i in 0..na.min(nb) {
                let x = self.root(mark + i);
                let y = self.root(mark + na + i);
                if !self.eq(x, y)? {
                    return match op {
                        Op::Eq => Ok(Value::FALSE),
                        Op::Ne => Ok(Value::TRUE),
                        _ => self.compare_value(op, x, y),
                    };
                }
            }
            Ok(Value::bool(ord_op(op, na.cmp(&nb))))
        })();
        self.pop_roots(mark);
        r
    }

    /// Items of a list or tuple, copied.
    pub fn seq_items(&self, v: Value) -> Vec<Value> {
        match self.kind_of(v) {
            kind::LIST => list::items(self, v),
            kind::TUPLE => (0..tuple::len(self, v))
                .map(|i| self.tuple_get(v, i))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// `x in c`.
    pub fn contains(&mut self, c: Value, x: Value) -> PyResult<bool> {
        match crate::objects::dict_simple::contains(self, c, x) {
            Some(r) => Ok(r),
            None => self.contains_general(c, x),
        }
    }

    /// `x in c` where the direct probe of `dict_simple` declined (the
    /// interpreter's `In` tries that probe itself first).
    pub fn contains_general(&mut self, c: Value, x: Value) -> PyResult<bool> {
        match self.kind_of(c) {
            kind::DICT | kind::SET | kind::FROZENSET => {
                // Ints and strs hash without calling Python: nothing to root.
                if let Some(h) = dict::native_hash(self, x) {
                    return Ok(dict::find(self, c, x, h)?.is_some());
                }
                let mark = self.push_root(c);
                if self.kind_of(c) != kind::DICT && self.kind_of(x) == kind::SET {
                    // `{1} in s` looks for frozenset({1}).
                    let k = crate::objects::set::lookup_key(self, x);
                    let c = self.root(mark);
                    self.pop_roots(mark);
                    return self.contains(c, k?);
                }
                self.push_root(x);
                let h = self.hash(x);
                let (c, x) = (self.root(mark), self.root(mark + 1));
                self.pop_roots(mark);
                Ok(dict::find(self, c, x, h?)?.is_some())
            }
            kind::LIST | kind::TUPLE => {
                let items = self.seq_items(c);
                let xm = self.push_root(x);
                let mark = self.st.misc.len();
                self.st.misc.extend_from_slice(&items);
                let mut r = Ok(false);
                for i in 0..items.len() {
                    let y = self.root(mark + i);
                    let x = self.root(xm);
                    match self.eq(x, y) {
                        Ok(true) => {
                            r = Ok(true);
                            break;
                        }
                        Ok(false) => {}
                        Err(e) => {
                            r = Err(e);
                            break;
                        }
                    }
                }
                self.pop_roots(xm);
                r
            }
            kind::RANGE => crate::objects::range::contains(self, c, x),
            kind::DICT_VIEW => {
                let d = self.slot(c, 0);
                let mode = self.slot(c, 1).as_int().unwrap_or(0);
                if mode == 0 {
                    return self.contains(d, x);
                }
                let xm = self.push_root(x);
                let r = self
                    .collect_iter(c)
                    .and_then(|items| list::from_slice(self, &items));
                let x = self.root(xm);
                self.pop_roots(xm);
                self.contains(r?, x)
            }
            kind::BYTES | kind::BYTEARRAY | kind::MEMORYVIEW => {
                let h = crate::objects::buffer::data(self, c)
                    .unwrap_or(&[])
                    .to_vec();
                if let Some(i) = int_val(x) {
                    return Ok((0..256).contains(&i) && h.contains(&(i as u8)));
                }
                let n = crate::objects::bytes::collect(self, x)?;
                Ok(n.is_empty() || h.windows(n.len()).any(|w| w == n))
            }
            _ if self.is_str(c) => {
                let Some(s) = self.str_of(x) else {
                    let m = alloc::format!(
                        "'in <string>' requires string as left operand, not {}",
                        self.type_name(x)
                    );
                    return Err(self.type_error(&m));
                };
                let s = String::from(s);
                Ok(self.str_of(c).is_some_and(|t| t.contains(s.as_str())))
            }
            _ => {
                let t = self.type_of(c);
                if let Some(m) = class::lookup(self, t, Value::qstr(q::D_CONTAINS)) {
                    let r = self.call(m, &[c, x])?;
                    return self.truthy(r);
                }
                let b = self.base_value(c);
                if b != c {
                    return self.contains(b, x);
                }
                let mark = self.push_root(x);
                let it = self.get_iter(c);
                let r = (|| {
                    let it = it?;
                    self.push_root(it);
                    loop {
                        let it = self.root(mark + 1);
                        match self.next(it)? {
                            Some(y) => {
                                let x = self.root(mark);
                                if self.eq(x, y)? {
                                    return Ok(true);
                                }
                            }
                            None => return Ok(false),
                        }
                    }
                })();
                self.pop_roots(mark);
                r
            }
        }
    }

    /// The hash used by dicts and sets: [`Vm::py_hash`] folded to 47 bits.
    #[inline]
    pub fn hash(&mut self, v: Value) -> PyResult<i64> {
        if let Some(i) = v.as_int() {
            return Ok(i & ((1 << 47) - 1));
        }
        self.py_hash(v).map(|h| h & ((1 << 47) - 1))
    }

    /// `hash(v)` as Python computes it.
    pub fn py_hash(&mut self, v: Value) -> PyResult<i64> {
        if let Some(i) = v.as_int() {
            if i == -1 {
                return Ok(-2);
            }
            return Ok(i);
        }
        if self.is_str(v) {
            return Ok(crate::objects::str::hash_of(self, v));
        }
        if let Some(f) = v.as_float() {
            return Ok(crate::objects::num::float_hash(f));
        }
        if let Some(b) = v.as_bool() {
            return Ok(i64::from(b));
        }
        match self.kind_of(v) {
            kind::TUPLE => {
                let mut h: i64 = 0x345678;
                for i in 0..tuple::len(self, v) {
                    let x = self.tuple_get(v, i);
                    let hx = self.hash(x)?;
                    h = (h ^ hx).wrapping_mul(1_000_003) & ((1 << 47) - 1);
                }
                Ok(h)
            }
            kind::BIGINT => Ok(crate::objects::int::hash(self, v)),
            kind::BYTES => Ok(crate::qstr::str_hash(
                crate::objects::bytes::data(self, v).unwrap_or(&[]),
            )),
            kind::COMPLEX => {
                let (r, i) = crate::objects::complex::parts(self, v).unwrap_or((0.0, 0.0));
                let hr = self.py_hash(Value::float(r))?;
                let hi = self.py_hash(Value::float(i))?;
                Ok(hr.wrapping_add(hi.wrapping_mul(1_000_003)))
            }
            kind::LIST | kind::DICT | kind::SET | kind::BYTEARRAY | kind::MEMORYVIEW => {
                let m = alloc::format!("unhashable type: '{}'", self.type_name(v));
                Err(self.type_error(&m))
            }
            kind::RANGE => Ok(crate::objects::range::hash(self, v)),
            kind::FROZENSET => {
                let mut h: i64 = 0;
                for (k, _) in dict::pairs(self, v) {
                    h ^= self.hash(k)?;
                }
                Ok(h)
            }
            kind::INSTANCE | kind::EXC => {
                let t = self.type_of(v);
                if let Some(m) = class::lookup(self, t, Value::qstr(q::D_HASH)) {
                    if m.is_none() {
                        let m = alloc::format!("unhashable type: '{}'", self.type_name(v));
                        return Err(self.type_error(&m));
                    }
                    let r = self.call(m, &[v])?;
                    if let Some(b) = r.as_bool() {
                        return Ok(i64::from(b));
                    }
                    if self.kind_of(r) == kind::BIGINT {
                        return Ok(crate::objects::int::hash(self, r));
                    }
                    return match r.as_int() {
                        Some(i) => Ok(if i == -1 { -2 } else { i }),
                        None => Err(self.type_error("__hash__ method should return an integer")),
                    };
                }
                if class::lookup(self, t, Value::qstr(q::D_EQ)).is_some() {
                    let m = alloc::format!("unhashable type: '{}'", self.type_name(v));
                    return Err(self.type_error(&m));
                }
                // Subclasses of hashable builtins hash as their value.
                let b = self.base_value(v);
                if b != v {
                    return self.py_hash(b);
                }
                Ok(v.as_ref().map_or(0, |r| self.heap.identity(r)) as i64)
            }
            _ => Ok(match v.as_ref() {
                // Heap objects hash by a stable identity (the compactor
                // moves them).
                Some(r) => self.heap.identity(r) as i64,
                None => (v.bits() & ((1 << 47) - 1)) as i64,
            }),
        }
    }

    // ---------------------------------------------------------- repr / str

    /// `repr(v)` as a Rust string.
    pub fn repr_string(&mut self, v: Value) -> PyResult<String> {
        let mut out = String::new();
        self.repr_into(v, &mut out, 0)?;
        Ok(out)
    }

    /// `str(v)` as a Rust string.
    pub fn str_string(&mut self, v: Value) -> PyResult<String> {
        if let Some(s) = self.str_of(v) {
            return Ok(String::from(s));
        }
        match self.kind_of(v) {
            kind::INSTANCE | kind::EXC => {
                let t = self.type_of(v);
                if let Some(m) = class::lookup(self, t, Value::qstr(q::D_STR)) {
                    let r = self.call(m, &[v])?;
                    return match self.str_of(r) {
                        Some(s) => Ok(String::from(s)),
                        None => Err(self.type_error("__str__ returned non-string")),
                    };
                }
                if self.kind_of(v) == kind::EXC
                    && class::lookup(self, t, Value::qstr(q::D_REPR))
                        .is_none_or(|m| !matches!(self.kind_of(m), kind::FUNC))
                {
                    return exc::exc_str(self, v);
                }
                // `str.__str__` gives a str subclass's own text, whatever
                // its `__repr__` says (other builtins' `str` is `repr`).
                let b = self.base_value(v);
                if b != v && self.is_str(b) {
                    return Ok(String::from(self.str_of(b).unwrap_or("")));
                }
                self.repr_string(v)
            }
            _ => self.repr_string(v),
        }
    }

    /// `str(v)` as a value.
    pub fn to_str(&mut self, v: Value) -> PyResult<Value> {
        if self.is_str(v) {
            return Ok(v);
        }
        if let Some(i) = v.as_int() {
            return crate::objects::str::from_int(self, i);
        }
        let s = self.str_string(v)?;
        self.new_str(&s)
    }

    fn repr_into(&mut self, v: Value, out: &mut String, depth: usize) -> PyResult<()> {
        let k = self.kind_of(v);
        if !matches!(k, kind::LIST | kind::TUPLE | kind::DICT) {
            return self.repr_into_raw(v, out, depth);
        }
        if self.st.repr_stack.contains(&v) {
            out.push_str(match k {
                kind::LIST => "[...]",
                kind::TUPLE => "(...)",
                _ => "{...}",
            });
            return Ok(());
        }
        self.st.repr_stack.push(v);
        let r = self.repr_into_raw(v, out, depth);
        self.st.repr_stack.pop();
        r
    }

    fn repr_into_raw(&mut self, v: Value, out: &mut String, depth: usize) -> PyResult<()> {
        if depth > 200 {
            return Err(self.recursion_error());
        }
        if let Some(i) = v.as_int() {
            out.push_str(crate::objects::str::int_text(i, &mut [0; 20]));
            return Ok(());
        }
        if let Some(f) = v.as_float() {
            out.push_str(&crate::format::float_repr(f));
            return Ok(());
        }
        if let Some(b) = v.as_bool() {
            out.push_str(if b { "True" } else { "False" });
            return Ok(());
        }
        if v.is_none() {
            out.push_str("None");
            return Ok(());
        }
        if v == Value::ELLIPSIS {
            out.push_str("Ellipsis");
            return Ok(());
        }
        if v == Value::NOT_IMPLEMENTED {
            out.push_str("NotImplemented");
            return Ok(());
        }
        if let Some(s) = self.str_of(v) {
            out.push_str(&crate::objects::str::repr_text(s));
            return Ok(());
        }
        if let Some(t) = TypeId::from_value(v) {
            out.push_str(&alloc::format!(
                "<class '{}'>",
                crate::objects::desc(t).name
            ));
            return Ok(());
        }
        if let Some((SK_NATIVE, id)) = v.as_static() {
            let name = match crate::registry::native_name(id) {
                Some(n) => n,
                None => crate::builtins::native(id)
                    .map_or("?", |d| self.qstr_text(d.name).unwrap_or("?")),
            };
            out.push_str(&alloc::format!("<built-in function {name}>"));
            return Ok(());
        }
        match self.kind_of(v) {
            kind::BIGINT => out.push_str(&crate::objects::int::to_string(self, v, 10)),
            kind::MEMORYVIEW => {
                out.push_str(&alloc::format!("<memory at 0x{:x}>", v.bits()));
            }
            kind::BYTES | kind::BYTEARRAY => {
                let ba = self.kind_of(v) == kind::BYTEARRAY;
                let t = crate::objects::bytes::repr_text(
                    crate::objects::bytes::data(self, v).unwrap_or(&[]),
                    ba,
                );
                out.push_str(&t);
            }
            kind::COMPLEX => {
                let (r, i) = crate::objects::complex::parts(self, v).unwrap_or((0.0, 0.0));
                out.push_str(&crate::objects::complex::repr(r, i));
            }
            kind::SLICE => {
                out.push_str("slice(");
                for i in 0..3 {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    let x = self.slot(v, i);
                    self.repr_into(x, out, depth + 1)?;
                }
                out.push(')');
            }
            kind::LIST | kind::TUPLE => {
                let is_list = self.kind_of(v) == kind::LIST;
                let items = self.seq_items(v);
                out.push(if is_list { '[' } else { '(' });
                let mark = self.st.misc.len();
                self.st.misc.extend_from_slice(&items);
                for i in 0..items.len() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    let x = self.root(mark + i);
                    if let Err(e) = self.repr_into(x, out, depth + 1) {
                        self.pop_roots(mark);
                        return Err(e);
                    }
                }
                self.pop_roots(mark);
                if !is_list && items.len() == 1 {
                    out.push(',');
                }
                out.push(if is_list { ']' } else { ')' });
            }
            kind::DICT => {
                let pairs = dict::pairs(self, v);
                out.push('{');
                let mark = self.st.misc.len();
                for (k, x) in &pairs {
                    self.st.misc.push(*k);
                    self.st.misc.push(*x);
                }
                for i in 0..pairs.len() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    let k = self.root(mark + 2 * i);
                    let x = self.root(mark + 2 * i + 1);
                    let r = self.repr_into(k, out, depth + 1).and_then(|_| {
                        out.push_str(": ");
                        self.repr_into(x, out, depth + 1)
                    });
                    if let Err(e) = r {
                        self.pop_roots(mark);
                        return Err(e);
                    }
                }
                self.pop_roots(mark);
                out.push('}');
            }
            kind::SET | kind::FROZENSET => {
                let frozen = self.kind_of(v) == kind::FROZENSET;
                let keys: Vec<Value> = dict::pairs(self, v).into_iter().map(|p| p.0).collect();
                if keys.is_empty() {
                    out.push_str(if frozen { "frozenset()" } else { "set()" });
                    return Ok(());
                }
                if frozen {
                    out.push_str("frozenset(");
                }
                out.push('{');
                for (i, k) in keys.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.repr_into(*k, out, depth + 1)?;
                }
                out.push('}');
                if frozen {
                    out.push(')');
                }
            }
            kind::CLASS => {
                let n = String::from(self.class_name(v));
                let m = self.class_module(v);
                if m.is_empty() || m == "builtins" {
                    out.push_str(&alloc::format!("<class '{n}'>"));
                } else {
                    out.push_str(&alloc::format!("<class '{m}.{n}'>"));
                }
            }
            kind::FUNC => {
                let n = func::qualname(self, v);
                let n = String::from(self.str_of(n).unwrap_or("?"));
                out.push_str(&alloc::format!(
                    "<function {n} at 0x{:x}>",
                    v.bits() & 0xffff_ffff
                ));
            }
            kind::RANGE => out.push_str(&crate::objects::range::repr(self, v)),
            kind::MODULE => {
                let n = self.slot(v, 0);
                out.push_str(&alloc::format!(
                    "<module '{}'>",
                    self.str_of(n).unwrap_or("?")
                ));
            }
            kind::INSTANCE | kind::EXC => {
                let t = self.type_of(v);
                if let Some(m) = class::lookup(self, t, Value::qstr(q::D_REPR)) {
                    // Python methods, and the native methods of registry
                    // modules' classes (`sys.implementation`).
                    if self.kind_of(m) == kind::FUNC || crate::registry::is_module_native(m) {
                        self.st.reentry += 1;
                        let r = if self.st.reentry > crate::vm::MAX_REENTRY {
                            Err(self.recursion_error())
                        } else {
                            self.call(m, &[v])
                        };
                        self.st.reentry -= 1;
                        let r = r?;
                        return match self.str_of(r) {
                            Some(s) => {
                                out.push_str(s);
                                Ok(())
                            }
                            None => Err(self.type_error("__repr__ returned non-string")),
                        };
                    }
                }
                if self.kind_of(v) == kind::EXC {
                    let n = String::from(self.class_name(t));
                    let args = self.slot(v, exc::ARGS);
                    out.push_str(&n);
                    if tuple::len(self, args) == 1 {
                        out.push('(');
                        let a = self.tuple_get(args, 0);
                        self.repr_into(a, out, depth + 1)?;
                        out.push(')');
                    } else {
                        self.repr_into(args, out, depth + 1)?;
                    }
                    return Ok(());
                }
                let b = self.base_value(v);
                if b != v {
                    let kb = self.kind_of(b);
                    if matches!(kb, kind::SET | kind::FROZENSET | kind::BYTEARRAY) {
                        // These reprs name the subclass: `Tags({'a'})`.
                        let n = String::from(self.class_name(t));
                        let r = self.repr_string(b)?;
                        let inner = match r.find('(') {
                            Some(i) if r.ends_with(')') => r.get(i + 1..r.len() - 1),
                            _ => Some(r.as_str()),
                        };
                        out.push_str(&alloc::format!("{n}({})", inner.unwrap_or("")));
                        return Ok(());
                    }
                    return self.repr_into(b, out, depth + 1);
                }
                let n = String::from(self.class_name(t));
                let m = self.class_module(t);
                out.push_str(&alloc::format!(
                    "<{m}.{n} object at 0x{:x}>",
                    v.bits() & 0xffff_ffff
                ));
            }
            kind::BOUND => {
                let f = self.slot(v, 0);
                let n = func::qualname(self, f);
                let n = String::from(self.str_of(n).unwrap_or("?"));
                out.push_str(&alloc::format!("<bound method {n}>"));
            }
            kind::GEN => {
                let f = self.slot(v, 0);
                let n = func::qualname(self, f);
                let n = String::from(self.str_of(n).unwrap_or("?"));
                out.push_str(&alloc::format!(
                    "<generator object {n} at 0x{:x}>",
                    v.bits() & 0xffff_ffff
                ));
            }
            _ => {
                let n = self.type_name(v);
                out.push_str(&alloc::format!(
                    "<{n} object at 0x{:x}>",
                    v.bits() & 0xffff_ffff
                ));
            }
        }
        Ok(())
    }

    fn class_module(&self, c: Value) -> String {
        if self.kind_of(c) != kind::CLASS {
            return String::from("builtins");
        }
        let d = self.slot(c, class::DICT);
        let m = dict::get_str(self, d, Value::qstr(q::D_MODULE));
        String::from(m.and_then(|m| self.str_of(m)).unwrap_or("__main__"))
    }

    // ---------------------------------------------------------- attributes

    /// Binds what a type lookup found to `obj` (`NONE` for class access).
    pub fn bind_descriptor(&mut self, d: Value, obj: Value, t: Value) -> PyResult<Value> {
        match self.kind_of(d) {
            kind::FUNC if !obj.is_none() => func::new_bound(self, kind::BOUND, d, obj),
            kind::CLASSMETHOD => {
                let f = self.slot(d, 0);
                let c = if obj.is_none() { t } else { self.type_of(obj) };
                let c = if self.is_type(obj) { obj } else { c };
                func::new_bound(self, kind::BOUND, f, c)
            }
            kind::STATICMETHOD => Ok(self.slot(d, 0)),
            kind::PROPERTY if !obj.is_none() => {
                let g = self.slot(d, 0);
                if g.is_none() {
                    return Err(self.attribute_error("unreadable attribute"));
                }
                self.call(g, &[obj])
            }
            _ => {
                if matches!(d.as_static(), Some((SK_NATIVE, _))) && !obj.is_none() {
                    return func::new_bound(self, kind::NATIVE_BOUND, d, obj);
                }
                Ok(d)
            }
        }
    }

    /// `getattr(o, name)`.
    pub fn getattr(&mut self, o: Value, name: Value) -> PyResult<Value> {
        let mark = self.push_root(o);
        self.push_root(name);
        let r = self.getattr_opt(o, name);
        // The lookup may have allocated (and moved both).
        let (o, name) = (self.root(mark), self.root(mark + 1));
        self.pop_roots(mark);
        match r? {
            Some(v) => Ok(v),
            None => {
                let k = self.kind_of(o);
                let n = String::from(self.str_of(name).unwrap_or("?"));
                let m = if k == kind::CLASS || TypeId::from_value(o).is_some() {
                    alloc::format!(
                        "type object '{}' has no attribute '{n}'",
                        self.class_name(o)
                    )
                } else if k == kind::MODULE {
                    let mn = self.slot(o, 0);
                    alloc::format!(
                        "module '{}' has no attribute '{n}'",
                        self.str_of(mn).unwrap_or("?")
                    )
                } else {
                    alloc::format!("'{}' object has no attribute '{n}'", self.type_name(o))
                };
                Err(self.attribute_error(&m))
            }
        }
    }

    /// Attribute lookup; `Ok(None)` when absent.
    pub fn getattr_opt(&mut self, o: Value, name: Value) -> PyResult<Option<Value>> {
        // A name that is not interned yet is looked up as the str itself
        // (qstr-keyed storage cannot hold it; dicts compare by content):
        // interning every dynamic `getattr` name would keep it forever.
        let name = match name.as_qstr() {
            Some(_) => name,
            None => match self.str_of(name).and_then(|s| self.lookup_qstr(s)) {
                Some(id) => Value::qstr(id),
                None => name,
            },
        };
        let nid = name.as_qstr().unwrap_or(u32::MAX);
        let k = self.kind_of(o);
        if nid == q::D_CLASS {
            return Ok(Some(self.type_of(o)));
        }
        if k == kind::MEMORYVIEW {
            if let Some(v) = crate::objects::memoryview::attr(self, o, nid) {
                return Ok(Some(v));
            }
        }
        match k {
            kind::MODULE => {
                let d = self.slot(o, 1);
                if nid == q::D_DICT {
                    return Ok(Some(d));
                }
                return Ok(dict::get_str(self, d, name));
            }
            kind::CLASS => return self.class_getattr(o, name),
            kind::SUPER => return class::super_getattr(self, o, name).map(Some),
            kind::FUNC => {
                match nid {
                    q::D_NAME => return Ok(Some(func::name(self, o))),
                    q::D_QUALNAME => return Ok(Some(func::qualname(self, o))),
                    q::D_DOC => return Ok(Some(Value::NONE)),
                    q::D_MODULE => {
                        let g = self.slot(o, func::F_GLOBALS);
                        return Ok(dict::get_str(self, g, Value::qstr(q::D_NAME)));
                    }
                    _ => {}
                }
                let d = self.slot(o, func::F_DICT);
                if !d.is_none() {
                    if let Some(v) = dict::get_str(self, d, name) {
                        return Ok(Some(v));
                    }
                }
            }
            kind::BOUND | kind::NATIVE_BOUND => match nid {
                q::D_SELF => return Ok(Some(self.slot(o, 1))),
                q::D_FUNC => return Ok(Some(self.slot(o, 0))),
                q::D_NAME => {
                    let f = self.slot(o, 0);
                    return self.getattr_opt(f, name);
                }
                _ => {}
            },
            kind::EXC => {
                match nid {
                    q::ARGS => return Ok(Some(self.slot(o, exc::ARGS))),
                    q::D_TRACEBACK => return Ok(Some(Value::NONE)),
                    q::D_CAUSE => return Ok(Some(self.slot(o, exc::CAUSE))),
                    q::D_CONTEXT => return Ok(Some(self.slot(o, exc::CONTEXT))),
                    _ => {}
                }
                let d = self.slot(o, exc::DICT);
                if !d.is_none() {
                    if let Some(v) = dict::get_str(self, d, name) {
                        return Ok(Some(v));
                    }
                }
                if let Some(v) = exc::special_attr(self, o, nid) {
                    return Ok(Some(v));
                }
            }
            _ => {}
        }
        if (k == kind::COMPLEX || o.is_float() || o.is_int()) && (nid == q::REAL || nid == q::IMAG)
        {
            let (r, i) = crate::objects::complex::parts(self, o).unwrap_or((0.0, 0.0));
            if k != kind::COMPLEX {
                return Ok(Some(if nid == q::REAL {
                    o
                } else if o.is_int() {
                    Value::from_small(0)
                } else {
                    Value::float(0.0)
                }));
            }
            return Ok(Some(Value::float(if nid == q::REAL { r } else { i })));
        }
        if let Some(t) = TypeId::from_value(o) {
            if nid == q::D_NAME || nid == q::D_QUALNAME {
                let n = crate::objects::desc(t).name;
                return self.new_str(n).map(Some);
            }
            if nid == q::D_NEW && t != TypeId::Object {
                return class::builtin_new_method(self, t).map(Some);
            }
            if let Some(m) = class::lookup_full(self, o, name) {
                return Ok(Some(m));
            }
            if nid == q::D_MODULE {
                return Ok(Some(Value::qstr(q::BUILTINS)));
            }
            if nid == q::D_BASES || nid == q::D_MRO {
                let mut chain = Vec::new();
                let mut c = Some(t);
                while let Some(x) = c {
                    chain.push(x.value());
                    c = crate::objects::desc(x).base;
                }
                if nid == q::D_BASES {
                    let b: Vec<Value> = chain.get(1..2).unwrap_or(&[]).to_vec();
                    return tuple::new_tuple(self, &b).map(Some);
                }
                return tuple::new_tuple(self, &chain).map(Some);
            }
            return Ok(None);
        }
        if let Some(v) = crate::objects::num::attr(self, o, nid)? {
            return Ok(Some(v));
        }
        let t = self.type_of(o);
        let d = crate::ctor_cache::lookup_full(self, t, name);
        if let Some(dv) = d {
            if self.kind_of(dv) == kind::PROPERTY {
                return self.bind_descriptor(dv, o, t).map(Some);
            }
        }
        if k == kind::INSTANCE {
            if let Some(v) = class::inst_get(self, o, name) {
                return Ok(Some(v));
            }
            if nid == q::D_DICT {
                return self.instance_dict(o).map(Some);
            }
        }
        if let Some(dv) = d {
            return self.bind_descriptor(dv, o, t).map(Some);
        }
        if k == kind::INSTANCE || k == kind::EXC {
            if let Some(ga) = crate::ctor_cache::lookup(self, t, Value::qstr(q::D_GETATTR)) {
                return self.call(ga, &[o, name]).map(Some);
            }
        }
        if k == kind::GEN && nid == q::D_NAME {
            let f = self.slot(o, 0);
            return Ok(Some(func::name(self, f)));
        }
        Ok(None)
    }

    fn instance_dict(&mut self, o: Value) -> PyResult<Value> {
        let d = self.slot(o, class::I_DICT);
        if !d.is_none() {
            return Ok(d);
        }
        // The instance and the dict move at each allocation: both are
        // rooted, and each (key, value) pair is re-read from the instance.
        let mark = self.push_root(Value::NONE);
        self.push_root(o);
        let r = (|| {
            let d = dict::new_dict(self, 4)?;
            self.set_root(mark, d);
            let n = self
                .root(mark + 1)
                .as_ref()
                .map_or(0, |r| self.heap.values(r).len());
            let mut i = 3;
            while i + 1 < n {
                let o = self.root(mark + 1);
                let (k, v) = (self.slot(o, i), self.slot(o, i + 1));
                if !k.is_empty() {
                    let d = self.root(mark);
                    dict::set(self, d, k, v)?;
                }
                i += 2;
            }
            Ok(())
        })();
        let d = self.root(mark);
        self.pop_roots(mark);
        r.map(|_| d)
    }

    fn class_getattr(&mut self, c: Value, name: Value) -> PyResult<Option<Value>> {
        let nid = name.as_qstr().unwrap_or(0);
        match nid {
            q::D_NAME => return Ok(Some(self.slot(c, class::NAME))),
            q::D_QUALNAME => return Ok(Some(self.slot(c, class::QUALNAME))),
            q::D_BASES => return Ok(Some(self.slot(c, class::BASES))),
            q::D_MRO => return Ok(Some(self.slot(c, class::MRO))),
            q::D_DICT => return Ok(Some(self.slot(c, class::DICT))),
            _ => {}
        }
        if nid == q::D_NEW && class::lookup(self, c, name).is_none() {
            // Inherited from a builtin: that type's `__new__`.
            let b = self.builtin_base(c);
            if b != TypeId::Object {
                return class::builtin_new_method(self, b).map(Some);
            }
        }
        match class::lookup_full(self, c, name) {
            Some(v) => {
                if self.kind_of(v) == kind::PROPERTY {
                    return Ok(Some(v));
                }
                self.bind_descriptor(v, Value::NONE, c).map(Some)
            }
            None => {
                if nid == q::D_DOC {
                    return Ok(Some(Value::NONE));
                }
                if nid == q::MRO {
                    return Ok(None);
                }
                Ok(None)
            }
        }
    }

    /// `setattr(o, name, v)`.
    pub fn setattr(&mut self, o: Value, name: Value, v: Value) -> PyResult<()> {
        let k = self.kind_of(o);
        if k == kind::INSTANCE || k == kind::EXC {
            let t = self.type_of(o);
            if let Some(d) = crate::ctor_cache::lookup(self, t, name) {
                if self.kind_of(d) == kind::PROPERTY {
                    let s = self.slot(d, 1);
                    if s.is_none() {
                        let m = alloc::format!(
                            "can't set attribute '{}'",
                            self.str_of(name).unwrap_or("?")
                        );
                        return Err(self.attribute_error(&m));
                    }
                    self.call(s, &[o, v])?;
                    return Ok(());
                }
            }
            if let Some(sa) = crate::ctor_cache::lookup(self, t, Value::qstr(q::D_SETATTR)) {
                if self.kind_of(sa) == kind::FUNC {
                    self.call(sa, &[o, name, v])?;
                    return Ok(());
                }
            }
            if k == kind::INSTANCE && self.slots_forbid(t, name) {
                let m = alloc::format!(
                    "'{}' object has no attribute '{}'",
                    self.type_name(o),
                    self.str_of(name).unwrap_or("?")
                );
                return Err(self.attribute_error(&m));
            }
        }
        let plain_object = k == kind::INSTANCE && self.type_of(o) == TypeId::Object.value();
        if plain_object
            || !matches!(
                k,
                kind::INSTANCE | kind::EXC | kind::CLASS | kind::FUNC | kind::MODULE
            )
        {
            let n = String::from(self.str_of(name).unwrap_or("?"));
            if let Some(t) = TypeId::from_value(o) {
                let m = alloc::format!(
                    "cannot set '{n}' attribute of immutable type '{}'",
                    crate::objects::desc(t).name
                );
                return Err(self.type_error(&m));
            }
            let m = alloc::format!("'{}' object has no attribute '{n}'", self.type_name(o));
            return Err(self.attribute_error(&m));
        }
        class::inst_set(self, o, name, v)
    }

    /// Whether `__slots__` forbid instances of class `t` an attribute
    /// `name`: every Python class of the MRO declares `__slots__` (one that
    /// does not gives instances a `__dict__`) and none of them lists it.
    fn slots_forbid(&mut self, t: Value, name: Value) -> bool {
        if crate::ctor_cache::lookup(self, t, Value::qstr(q::D_SLOTS)).is_none() {
            return false;
        }
        for c in class::mro_list(self, t) {
            if TypeId::from_value(c).is_some() {
                continue;
            }
            let d = self.slot(c, class::DICT);
            let Some(sl) = dict::get_str(self, d, Value::qstr(q::D_SLOTS)) else {
                return false;
            };
            if self.is_str(sl) {
                if self.str_eq(sl, name) {
                    return false;
                }
            } else if self.seq_items(sl).iter().any(|x| self.str_eq(*x, name)) {
                return false;
            }
        }
        true
    }

    /// `delattr(o, name)`.
    pub fn delattr(&mut self, o: Value, name: Value) -> PyResult<()> {
        let t = self.type_of(o);
        if let Some(d) = class::lookup(self, t, name) {
            if self.kind_of(d) == kind::PROPERTY {
                let f = self.slot(d, 2);
                if f.is_none() {
                    return Err(self.attribute_error("can't delete attribute"));
                }
                self.call(f, &[o])?;
                return Ok(());
            }
        }
        if !class::inst_del(self, o, name)? {
            let m = alloc::format!(
                "'{}' object has no attribute '{}'",
                self.type_name(o),
                self.str_of(name).unwrap_or("?")
            );
            return Err(self.attribute_error(&m));
        }
        Ok(())
    }

    // ---------------------------------------------------------- items

    /// `o[k]` without calling Python or allocating, for lists/tuples with
    /// int indexes, ASCII strs (one-char qstrs) and dicts (the dict probe
    /// itself is out of line). Inlined into the interpreter's subscript
    /// arms.
    #[inline(always)]
    pub fn getitem_fast(&self, o: Value, k: Value) -> Option<Value> {
        let r = o.as_ref()?;
        // One header read for the container. A list's length never exceeds
        // its items array's size, so the item is read as a field.
        match self.heap.kind(r) {
            kind::LIST => {
                let i = k.as_int()?;
                let n = self.heap.field(r, list::LEN).as_int()?;
                let j = if i < 0 { i + n } else { i };
                if j < 0 || j >= n {
                    return None;
                }
                let arr = self.heap.field(r, list::ITEMS).as_ref()?;
                Some(self.heap.field(arr, j as usize))
            }
            kind::TUPLE => {
                let i = k.as_int()?;
                let vals = self.heap.values(r);
                let n = vals.len() as i64;
                let j = if i < 0 { i + n } else { i };
                if j < 0 {
                    return None;
                }
                vals.get(j as usize).copied()
            }
            kind::DICT => crate::objects::dict_simple::dict_get(self, o, k).flatten(),
            kind::STR => {
                let i = k.as_int()?;
                crate::objects::str::index_fast(&self.heap, r, i)
            }
            _ => None,
        }
    }

    /// `o[k] = v` fast path for lists and dicts with simple keys; false
    /// when not taken.
    #[inline]
    pub fn setitem_fast(&mut self, o: Value, k: Value, v: Value) -> bool {
        let Some(r) = o.as_ref() else { return false };
        let kr = self.heap.kind(r);
        if kr != kind::LIST {
            return kr == kind::DICT && crate::objects::dict_simple::dict_set(self, o, k, v);
        }
        let Some(i) = k.as_int() else { return false };
        let n = self.heap.field(r, list::LEN).as_int().unwrap_or(0);
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return false;
        }
        match self.heap.field(r, list::ITEMS).as_ref() {
            Some(arr) => {
                self.heap.set_field(arr, j as usize, v);
                true
            }
            None => false,
        }
    }

    /// `o[k]`.
    pub fn getitem(&mut self, o: Value, k: Value) -> PyResult<Value> {
        let ko = self.kind_of(o);
        if self.kind_of(k) == kind::SLICE {
            return crate::objects::iter::get_slice(self, o, k);
        }
        match ko {
            kind::DICT => {
                if let Some(v) = dict::get(self, o, k)? {
                    return Ok(v);
                }
                return Err(self.key_error(k));
            }
            kind::LIST | kind::TUPLE => {
                let i = match int_val(k) {
                    Some(i) => Some(i),
                    None if self.kind_of(k) == kind::BIGINT => {
                        return Err(
                            self.index_error("cannot fit 'int' into an index-sized integer")
                        );
                    }
                    None if self.kind_of(k) == kind::INSTANCE => {
                        Some(crate::objects::num::index_i64(self, k)?)
                    }
                    None => None,
                };
                let Some(i) = i else {
                    let m = alloc::format!(
                        "{} indices must be integers or slices, not {}",
                        if ko == kind::LIST { "list" } else { "tuple" },
                        self.type_name(k)
                    );
                    return Err(self.type_error(&m));
                };
                if let Some(v) = self.getitem_fast(o, Value::int(i).unwrap_or(Value::NONE)) {
                    return Ok(v);
                }
                let m = if ko == kind::LIST {
                    "list index out of range"
                } else {
                    "tuple index out of range"
                };
                return Err(self.index_error(m));
            }
            kind::RANGE => return crate::objects::range::getitem(self, o, k),
            _ => {}
        }
        if ko == kind::BYTES || ko == kind::BYTEARRAY {
            return crate::objects::bytes::getitem(self, o, k);
        }
        if ko == kind::MEMORYVIEW {
            return crate::objects::memoryview::getitem(self, o, k);
        }
        if self.is_str(o) {
            let i = match int_val(k) {
                Some(i) => Some(i),
                None if self.kind_of(k) == kind::BIGINT => {
                    return Err(self.index_error("cannot fit 'int' into an index-sized integer"));
                }
                None if self.kind_of(k) == kind::INSTANCE => {
                    Some(crate::objects::num::index_i64(self, k)?)
                }
                None => None,
            };
            let Some(i) = i else {
                let m = alloc::format!(
                    "string indices must be integers, not '{}'",
                    self.type_name(k)
                );
                return Err(self.type_error(&m));
            };
            return crate::objects::str::index(self, o, i);
        }
        let t = self.type_of(o);
        if let Some(m) = class::lookup(self, t, Value::qstr(q::D_GETITEM)) {
            return self.call(m, &[o, k]);
        }
        let b = self.base_value(o);
        if b != o {
            if self.kind_of(b) == kind::DICT {
                return dict::getitem_missing(self, o, b, k);
            }
            return self.getitem(b, k);
        }
        if self.is_type(o) {
            if let Some(m) = class::lookup(self, o, Value::qstr(q::D_CLASS_GETITEM)) {
                return self.call(m, &[o, k]);
            }
        }
        let m = alloc::format!("'{}' object isn't subscriptable", self.type_name(o));
        Err(self.type_error(&m))
    }

    /// `o[k] = v`.
    pub fn setitem(&mut self, o: Value, k: Value, v: Value) -> PyResult<()> {
        if matches!(self.kind_of(o), kind::BYTEARRAY | kind::MEMORYVIEW) {
            return crate::objects::bytes::setitem(self, o, k, v);
        }
        match self.kind_of(o) {
            kind::DICT => return dict::set(self, o, k, v),
            kind::LIST => {
                if self.kind_of(k) == kind::SLICE {
                    return crate::objects::iter::set_slice(self, o, k, v);
                }
                let Some(i) = int_val(k) else {
                    return Err(self.type_error("list indices must be integers or slices"));
                };
                if self.setitem_fast(o, Value::int(i).unwrap_or(Value::NONE), v) {
                    return Ok(());
                }
                return Err(self.index_error("list assignment index out of range"));
            }
            _ => {}
        }
        let t = self.type_of(o);
        if let Some(m) = class::lookup(self, t, Value::qstr(q::D_SETITEM)) {
            self.call(m, &[o, k, v])?;
            return Ok(());
        }
        let b = self.base_value(o);
        if b != o {
            return self.setitem(b, k, v);
        }
        let m = alloc::format!(
            "'{}' object doesn't support item assignment",
            self.type_name(o)
        );
        Err(self.type_error(&m))
    }

    /// `del o[k]`.
    pub fn delitem(&mut self, o: Value, k: Value) -> PyResult<()> {
        if matches!(self.kind_of(o), kind::BYTEARRAY | kind::MEMORYVIEW) {
            return crate::objects::bytes::delitem(self, o, k);
        }
        match self.kind_of(o) {
            kind::DICT => {
                if dict::remove(self, o, k)?.is_none() {
                    return Err(self.key_error(k));
                }
                return Ok(());
            }
            kind::LIST => {
                if self.kind_of(k) == kind::SLICE {
                    return crate::objects::iter::del_slice(self, o, k);
                }
                let n = list::len(self, o) as i64;
                let Some(mut i) = int_val(k) else {
                    return Err(self.type_error("list indices must be integers or slices"));
                };
                if i < 0 {
                    i += n;
                }
                if i < 0 || i >= n {
                    return Err(self.index_error("list assignment index out of range"));
                }
                let mut items = list::items(self, o);
                items.remove(i as usize);
                for (j, x) in items.iter().enumerate() {
                    list::set(self, o, j, *x);
                }
                list::set(self, o, items.len(), Value::NONE);
                self.set_slot(o, list::LEN, Value::from_small(items.len() as i32));
                return Ok(());
            }
            _ => {}
        }
        let t = self.type_of(o);
        if let Some(m) = class::lookup(self, t, Value::qstr(q::D_DELITEM)) {
            self.call(m, &[o, k])?;
            return Ok(());
        }
        let m = alloc::format!(
            "'{}' object doesn't support item deletion",
            self.type_name(o)
        );
        Err(self.type_error(&m))
    }

    // ---------------------------------------------------------- iteration

    /// `iter(v)`.
    pub fn get_iter(&mut self, v: Value) -> PyResult<Value> {
        crate::objects::iter::get_iter(self, v)
    }

    /// `next(it)`: `None` when exhausted.
    pub fn next(&mut self, it: Value) -> PyResult<Option<Value>> {
        if let Some(v) = crate::objects::iter::next_fast(self, it) {
            return Ok(v);
        }
        crate::objects::iter::next_slow(self, it)
    }

    /// All items of an iterable, copied out (they stay reachable through the
    /// iterable only if it holds them: callers root what they keep).
    pub fn collect_iter(&mut self, v: Value) -> PyResult<Vec<Value>> {
        match self.kind_of(v) {
            kind::LIST | kind::TUPLE => return Ok(self.seq_items(v)),
            _ => {}
        }
        let l = list::from_iter(self, v)?;
        // Keep the list rooted for the caller by stashing it in misc roots
        // is not possible across return; callers that allocate must root.
        Ok(list::items(self, l))
    }

    /// All items of `v` for an unpacking assignment (lists and tuples
    /// without an iterator; "cannot unpack non-iterable T object" when `v`
    /// is not iterable).
    pub fn unpack_items(&mut self, v: Value) -> PyResult<Vec<Value>> {
        if matches!(self.kind_of(v), kind::LIST | kind::TUPLE) {
            return Ok(self.seq_items(v));
        }
        let it = crate::objects::iter::get_iter_or(self, v, |vm, v| {
            let m = alloc::format!("cannot unpack non-iterable {} object", vm.type_name(v));
            vm.type_error(&m)
        })?;
        self.collect_iter(it)
    }

    /// Exactly `n` items of `v` for unpacking.
    pub fn unpack(&mut self, v: Value, n: usize) -> PyResult<Vec<Value>> {
        let items = self.unpack_items(v)?;
        if items.len() != n {
            let m = if items.len() > n {
                alloc::format!("too many values to unpack (expected {n})")
            } else {
                alloc::format!(
                    "not enough values to unpack (expected {n}, got {})",
                    items.len()
                )
            };
            return Err(self.value_error(&m));
        }
        Ok(items)
    }

    /// Raises StopIteration carrying the last generator return value.
    pub fn stop_iteration(&mut self) -> crate::vm::PyErr {
        let v = self.st.genret;
        let args = if v.is_none() {
            tuple::new_tuple(self, &[])
        } else {
            tuple::new_tuple(self, &[v])
        };
        match args.and_then(|a| exc::new_exc_raw(self, TypeId::StopIteration.value(), a)) {
            Ok(e) => self.raise_value(e),
            Err(e) => e,
        }
    }
}

fn ord_op(op: Op, c: core::cmp::Ordering) -> bool {
    use core::cmp::Ordering::*;
    match op {
        Op::Eq => c == Equal,
        Op::Ne => c != Equal,
        Op::Lt => c == Less,
        Op::Le => c != Greater,
        Op::Gt => c == Greater,
        _ => c != Less,
    }
}
