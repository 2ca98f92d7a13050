//! Loading a compiler [`CodeObject`] into heap objects.

use crate::objects::func::{self, C_SIZE};
use crate::objects::tuple;
use crate::types::kind;
use crate::vm::{PyResult, Vm};
use pycopy_compiler::bytecode::{CodeObject, Constant};
use pycopy_gc::{Scan, Value};

fn raw_u32(vm: &mut Vm, words: &[u32]) -> PyResult<Value> {
    let r = vm.alloc_bytes(kind::RAW, words.len() * 4)?;
    let dst = vm.heap.words_mut(r);
    for (i, w) in words.iter().enumerate() {
        if let Some(d) = dst.get_mut(i / 2) {
            let sh = (i & 1) * 32;
            *d = (*d & !(0xFFFF_FFFFu64 << sh)) | (u64::from(*w) << sh);
        }
    }
    Ok(Value::from_ref(r))
}

fn constant(vm: &mut Vm, c: &Constant) -> PyResult<Value> {
    Ok(match c {
        Constant::None => Value::NONE,
        Constant::Bool(b) => Value::bool(*b),
        Constant::Ellipsis => Value::ELLIPSIS,
        Constant::Int(i) => crate::objects::int::from_i128(vm, i128::from(*i))?,
        Constant::BigInt {
            radix,
            digits,
            negative,
        } => match pycopy_bigint::parse(digits, *radix) {
            Ok(b) => {
                let b = if *negative {
                    pycopy_bigint::neg(b.as_ref())
                } else {
                    b
                };
                crate::objects::int::from_big(vm, &b)?
            }
            Err(_) => return Err(vm.value_error("bad integer literal")),
        },
        Constant::Float(f) => Value::float(*f),
        Constant::Imaginary(f) => crate::objects::complex::new_complex(vm, 0.0, *f)?,
        Constant::Str(s) => {
            if s.len() <= 32 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                vm.intern(s)?
            } else {
                vm.new_str(s)?
            }
        }
        Constant::Bytes(b) => crate::objects::bytes::new_bytes(vm, kind::BYTES, b)?,
        Constant::Tuple(items) => {
            let t = tuple::new_tuple_n(vm, items.len())?;
            let mark = vm.push_root(t);
            for (i, x) in items.iter().enumerate() {
                let v = match constant(vm, x) {
                    Ok(v) => v,
                    Err(e) => {
                        vm.pop_roots(mark);
                        return Err(e);
                    }
                };
                let t = vm.root(mark);
                vm.set_slot(t, i, v);
            }
            let t = vm.root(mark);
            vm.pop_roots(mark);
            t
        }
        Constant::Code(code) => load_code(vm, code)?,
    })
}

/// Builds the heap code object for `co` (and, recursively, its nested code).
pub fn load_code(vm: &mut Vm, co: &CodeObject) -> PyResult<Value> {
    let r = vm.alloc(kind::CODE, Scan::All, C_SIZE)?;
    let code = Value::from_ref(r);
    let mark = vm.push_root(code);
    // Slots of code objects that died since the last load are reused.
    vm.release_dead_code();
    let id = vm.code_space.add(&co.code);
    vm.set_slot(code, func::C_INSNS, Value::from_small(id as i32));
    // Its slot is released when the collector finds it unreachable.
    vm.heap.set_finaliser(r, true);
    let res = (|| {
        let consts = tuple::new_tuple_n(vm, co.constants.len())?;
        vm.set_slot(vm.root(mark), func::C_CONSTS, consts);
        for (i, c) in co.constants.iter().enumerate() {
            let v = constant(vm, c)?;
            let consts = vm.slot(vm.root(mark), func::C_CONSTS);
            vm.set_slot(consts, i, v);
        }
        let names = tuple::new_tuple_n(vm, co.names.len())?;
        vm.set_slot(vm.root(mark), func::C_NAMES, names);
        for (i, n) in co.names.iter().enumerate() {
            let v = vm.intern(n)?;
            let names = vm.slot(vm.root(mark), func::C_NAMES);
            vm.set_slot(names, i, v);
        }
        let vn = tuple::new_tuple_n(vm, co.varnames.len())?;
        vm.set_slot(vm.root(mark), func::C_VARNAMES, vn);
        for (i, n) in co.varnames.iter().enumerate() {
            let v = vm.intern(n)?;
            let vn = vm.slot(vm.root(mark), func::C_VARNAMES);
            vm.set_slot(vn, i, v);
        }
        let name = vm.intern(&co.name)?;
        vm.set_slot(vm.root(mark), func::C_NAME, name);
        let qn = vm.new_str(&co.qualname)?;
        vm.set_slot(vm.root(mark), func::C_QUALNAME, qn);
        let fname = vm.new_str(&co.filename)?;
        vm.set_slot(vm.root(mark), func::C_FILENAME, fname);
        let mut et = alloc::vec::Vec::with_capacity(co.exception_table.len() * 4);
        for e in co.exception_table.iter() {
            et.extend_from_slice(&[e.start, e.end, e.handler, u32::from(e.reg)]);
        }
        let et = raw_u32(vm, &et)?;
        vm.set_slot(vm.root(mark), func::C_EXCTAB, et);
        let mut lt = alloc::vec::Vec::with_capacity(co.lines.len() * 2);
        for (o, l) in co.lines.iter() {
            lt.extend_from_slice(&[*o, *l]);
        }
        let lt = raw_u32(vm, &lt)?;
        vm.set_slot(vm.root(mark), func::C_LINES, lt);
        let caches = vm.alloc(kind::ARRAY, Scan::All, usize::from(co.ncaches) * 4)?;
        vm.set_slot(vm.root(mark), func::C_CACHES, Value::from_ref(caches));
        let code = vm.root(mark);
        let args = i64::from(co.argcount)
            | (i64::from(co.posonlyargcount) << 16)
            | (i64::from(co.kwonlyargcount) << 32);
        vm.set_slot(code, func::C_ARGS, Value::int(args).unwrap_or(Value::NONE));
        let regs =
            i64::from(co.nregs) | (i64::from(co.flags.0) << 16) | (i64::from(co.free_base) << 32);
        vm.set_slot(code, func::C_REGS, Value::int(regs).unwrap_or(Value::NONE));
        vm.set_slot(
            code,
            func::C_NFREE,
            Value::from_small(co.freevars.len() as i32),
        );
        vm.set_slot(
            code,
            func::C_FIRSTLINE,
            Value::from_small(co.first_line as i32),
        );
        let cc = co.freevars.iter().position(|f| &**f == "__class__");
        let ccreg = match cc {
            Some(i) => i as i32 + i32::from(co.free_base),
            None => -1,
        };
        vm.set_slot(code, func::C_CLASSCELL, Value::from_small(ccreg));
        Ok(())
    })();
    let code = vm.root(mark);
    vm.pop_roots(mark);
    res.map(|_| code)
}
