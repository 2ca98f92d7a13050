//! Fast paths of calls to natives from the interpreter loop: a builtin
//! type's method called on a value of exactly that type (`lst.append(x)`,
//! `d.get(k)`, `s.strip()`), and a builtin function or type constructor
//! called with positional arguments only (`len(x)`, `str(i)`).
//!
//! Each runs the native on the arguments where they already are (the
//! registers) and skips what `Vm::call_at` re-checks on every call. Anything
//! unusual (keywords, a subclass instance as receiver, an argument count
//! the method does not take) makes them decline, and the caller takes the
//! general path, which raises the exact errors.

use crate::objects::arity;
use crate::types::{kind, TypeId, SK_NATIVE, SK_TYPE};
use crate::vm::{Args, PyResult, Vm};
use pycopy_gc::Value;

/// Index (in [`TypeId::ALL`]) of the builtin type `v` is exactly an
/// instance of, for the types with checked method tables; `u32::MAX` for
/// anything else (subclass instances included).
#[inline(always)]
fn exact_type(vm: &Vm, v: Value) -> u32 {
    if v.is_int() {
        return TypeId::Int as u32;
    }
    if v.is_qstr() {
        return TypeId::Str as u32;
    }
    let Some(r) = v.as_ref() else {
        return if v.is_float() {
            TypeId::Float as u32
        } else {
            u32::MAX
        };
    };
    let t = match vm.heap.kind(r) {
        kind::STR => TypeId::Str,
        kind::LIST => TypeId::List,
        kind::DICT => TypeId::Dict,
        kind::TUPLE => TypeId::Tuple,
        kind::SET => TypeId::Set,
        kind::FROZENSET => TypeId::FrozenSet,
        kind::BYTES => TypeId::Bytes,
        kind::BYTEARRAY => TypeId::ByteArray,
        kind::BIGINT => TypeId::Int,
        _ => return u32::MAX,
    };
    t as u32
}

impl Vm {
    /// `CallMethod` fast path: `stack[idx]` is a method of a builtin type's
    /// method table and `stack[idx + 1]` (the receiver, first of `n`
    /// positional values) is exactly of that type, with a count the method
    /// takes. Runs the method and returns its result; `None` (nothing done)
    /// otherwise.
    #[inline(always)]
    pub fn call_native_method(&mut self, idx: usize, n: usize) -> Option<PyResult<Value>> {
        let f = self.st.stack.get(idx).copied()?;
        let (sk, id) = f.as_static()?;
        let table = id >> 16;
        if sk != SK_NATIVE || table == 0 || n == 0 {
            return None;
        }
        let s = self.st.stack.get(idx + 1).copied()?;
        let ti = table - 1;
        if exact_type(self, s) != ti {
            return None;
        }
        let t = TypeId::ALL.get(ti as usize).copied()?;
        let i = (id & 0xffff) as usize;
        if !arity::accepts(t, i, n) {
            return None;
        }
        let d = crate::objects::desc(t).methods.get(i)?;
        Some((d.f)(self, Args::pos(idx + 1, n)))
    }

    /// `Call` fast path: `stack[idx]` is a builtin function (`len`, `min`,
    /// `isinstance`, ...) or a builtin non-exception type with a
    /// constructor (`str`, `int`, `list`, ...), called with `n` positional
    /// values. Runs it and returns its result; `None` (nothing done)
    /// otherwise.
    #[inline(always)]
    pub fn call_native_fn(&mut self, idx: usize, n: usize) -> Option<PyResult<Value>> {
        let f = self.st.stack.get(idx).copied()?;
        let (sk, id) = f.as_static()?;
        let args = Args::pos(idx + 1, n);
        if sk == SK_NATIVE && id >> 16 == 0 {
            let d = crate::builtins::FUNCS.get(id as usize)?;
            return Some((d.f)(self, args));
        }
        if sk == SK_TYPE {
            let t = TypeId::ALL.get(id as usize).copied()?;
            if t.is_exception() {
                return None;
            }
            let new = crate::objects::desc(t).new?;
            return Some(new(self, args));
        }
        None
    }
}
