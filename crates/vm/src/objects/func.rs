//! Functions, code objects, cells, bound methods and generators.
//!
//! Function: `[code, globals, defaults, kwdefaults, closure, dict]` (its
//! `__name__`/`__qualname__` are the code's unless assigned, in the dict). Code: see the `C_*` slots; the instructions are a
//! code-space slot (`code_space.rs`), the exception table and line table
//! raw blocks of `u32`s. Generator: `[func, code, pc,
//! state, handled, globals, registers...]` (the saved registers inline, one
//! object per generator; see `genframe`).

use crate::qstr::q;
use crate::types::{kind, NativeDesc};
use crate::vm::{Args, PyResult, Vm};
use pycopy_gc::{Scan, Value};

/// Function slots.
pub const F_CODE: usize = 0;
/// Globals dict.
pub const F_GLOBALS: usize = 1;
/// Defaults tuple or None.
pub const F_DEFAULTS: usize = 2;
/// Keyword-only defaults dict or None.
pub const F_KWDEFAULTS: usize = 3;
/// Closure tuple (of cells) or None.
pub const F_CLOSURE: usize = 4;
/// Attribute dict or None.
pub const F_DICT: usize = 5;
const F_SIZE: usize = 6;

/// Code slots. `C_INSNS`: the instructions' code-space slot (a small int, see
/// `code_space.rs`).
pub const C_INSNS: usize = 0;
/// Constants tuple.
pub const C_CONSTS: usize = 1;
/// Names tuple.
pub const C_NAMES: usize = 2;
/// Varnames tuple (qstrs).
pub const C_VARNAMES: usize = 3;
/// Name.
pub const C_NAME: usize = 4;
/// File name.
pub const C_FILENAME: usize = 5;
/// Exception table (raw u32 quads).
pub const C_EXCTAB: usize = 6;
/// Line table (raw u32 pairs).
pub const C_LINES: usize = 7;
/// `argcount | posonly << 16 | kwonly << 32`.
pub const C_ARGS: usize = 8;
/// `nregs | flags << 16 | free_base << 32`.
pub const C_REGS: usize = 9;
/// Cell registers (tuple of ints).
pub const C_CELLS: usize = 10;
/// Number of free variables.
pub const C_NFREE: usize = 11;
/// First line.
pub const C_FIRSTLINE: usize = 12;
/// Inline caches (all values, 4 per cache).
pub const C_CACHES: usize = 13;
/// Qualified name.
pub const C_QUALNAME: usize = 14;
/// Register of the `__class__` cell (for `super()`), or -1.
pub const C_CLASSCELL: usize = 15;
/// Number of code slots.
pub const C_SIZE: usize = 16;

/// Generator slots.
pub const G_FUNC: usize = 0;
/// The function's code object (read on every resume).
pub const G_CODE: usize = 1;
/// Saved pc.
pub const G_PC: usize = 2;
/// 0 created, 1 running, 2 suspended, 3 finished.
pub const G_STATE: usize = 3;
/// Result register of the suspending yield (bits 0..8) and whether it was a
/// `YieldFrom` (bit 8).
pub const G_HANDLED: usize = 4;
/// The function's globals.
pub const G_GLOBALS: usize = 5;
/// The code's instruction slot in the code space (copied from the code
/// object at creation, so that a resume builds its frame from this object
/// alone).
pub const G_INSNS: usize = 6;
/// The code's constants tuple (as `G_INSNS`).
pub const G_CONSTS: usize = 7;
/// The code's names tuple (as `G_INSNS`).
pub const G_NAMES: usize = 8;
/// The code's inline-cache block (as `G_INSNS`).
pub const G_CACHES: usize = 9;
/// First saved register; the object has `G_REGS + nregs` value words.
pub const G_REGS: usize = 10;

/// Decoded scalar fields of a code object.
#[derive(Clone, Copy, Debug)]
pub struct CodeInfo {
    /// Positional parameters.
    pub argcount: usize,
    /// Positional-only ones among them.
    pub posonly: usize,
    /// Keyword-only parameters.
    pub kwonly: usize,
    /// Registers.
    pub nregs: usize,
    /// Flags.
    pub flags: u16,
    /// First free-variable register.
    pub free_base: usize,
}

/// Reads a code object's scalar fields.
#[inline]
pub fn code_info(vm: &Vm, code: Value) -> CodeInfo {
    // One header decode for both fields.
    let cv = code.as_ref().map_or(&[][..], |r| vm.heap.values(r));
    let a = cv.get(C_ARGS).and_then(|v| v.as_int()).unwrap_or(0);
    let r = cv.get(C_REGS).and_then(|v| v.as_int()).unwrap_or(0);
    CodeInfo {
        argcount: (a & 0xffff) as usize,
        posonly: ((a >> 16) & 0xffff) as usize,
        kwonly: ((a >> 32) & 0xffff) as usize,
        nregs: (r & 0xffff) as usize,
        flags: ((r >> 16) & 0xffff) as u16,
        free_base: ((r >> 32) & 0xffff) as usize,
    }
}

/// A new function object.
pub fn new_function(vm: &mut Vm, code: Value, globals: Value) -> PyResult<Value> {
    let mark = vm.push_root(code);
    vm.push_root(globals);
    let r = vm.alloc(kind::FUNC, Scan::All, F_SIZE);
    let code = vm.root(mark);
    let globals = vm.root(mark + 1);
    vm.pop_roots(mark);
    let r = r?;
    vm.heap.set(r, F_CODE, code);
    vm.heap.set(r, F_GLOBALS, globals);
    Ok(Value::from_ref(r))
}

/// A function's `name` attribute (`__name__` or `__qualname__`): assigned
/// ones live in its dict, else its code's.
fn name_attr(vm: &Vm, f: Value, attr: u32, code_slot: usize) -> Value {
    let d = vm.slot(f, F_DICT);
    if !d.is_none() {
        if let Some(v) = super::dict::get_str(vm, d, Value::qstr(attr)) {
            return v;
        }
    }
    vm.slot(vm.slot(f, F_CODE), code_slot)
}

/// `f.__name__`.
pub fn name(vm: &Vm, f: Value) -> Value {
    name_attr(vm, f, q::D_NAME, C_NAME)
}

/// `f.__qualname__`.
pub fn qualname(vm: &Vm, f: Value) -> Value {
    name_attr(vm, f, q::D_QUALNAME, C_QUALNAME)
}

/// A new cell holding `v`.
pub fn new_cell(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let mark = vm.push_root(v);
    let r = vm.alloc(kind::CELL, Scan::All, 1);
    let v = vm.root(mark);
    vm.pop_roots(mark);
    let r = r?;
    vm.heap.set(r, 0, v);
    Ok(Value::from_ref(r))
}

/// A bound method `[func, self]` (`k` = BOUND or NATIVE_BOUND).
pub fn new_bound(vm: &mut Vm, k: u8, f: Value, obj: Value) -> PyResult<Value> {
    let mark = vm.push_root(f);
    vm.push_root(obj);
    let r = vm.alloc(k, Scan::All, 2);
    let f = vm.root(mark);
    let obj = vm.root(mark + 1);
    vm.pop_roots(mark);
    let r = r?;
    vm.heap.set(r, 0, f);
    vm.heap.set(r, 1, obj);
    Ok(Value::from_ref(r))
}

/// A new, not yet started generator for `func` whose arguments are in
/// the registers `regs` (copied).
pub fn new_generator(vm: &mut Vm, func: Value, base: usize, nregs: usize) -> PyResult<Value> {
    let mark = vm.push_root(func);
    let g = vm.alloc(kind::GEN, Scan::All, G_REGS + nregs);
    let func = vm.root(mark);
    vm.pop_roots(mark);
    let g = g?;
    let code = vm.slot(func, F_CODE);
    let globals = vm.slot(func, F_GLOBALS);
    // The code object's blocks (one header decode).
    let cv = code.as_ref().map_or(&[][..], |r| vm.heap.values(r));
    let cslot = |i: usize| cv.get(i).copied().unwrap_or(Value::NONE);
    let head = [
        func,
        code,
        Value::from_small(0),
        Value::from_small(0),
        Value::from_small(0),
        globals,
        cslot(C_INSNS),
        cslot(C_CONSTS),
        cslot(C_NAMES),
        cslot(C_CACHES),
    ];
    let vals = vm.heap.values_mut(g);
    let Some((h, regs)) = vals.split_first_chunk_mut::<G_REGS>() else {
        return Ok(Value::from_ref(g));
    };
    *h = head;
    // The arguments' window: copied as one slice (registers past the top
    // of the stack, if any, start unbound).
    let avail = vm.st.stack.len().saturating_sub(base).min(regs.len());
    let (now, later) = regs.split_at_mut(avail);
    if let Some(src) = vm.st.stack.get(base..base + avail) {
        now.copy_from_slice(src);
    }
    later.fill(Value::EMPTY);
    Ok(Value::from_ref(g))
}

fn m_send(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = vm.arg(&a, 0);
    let v = vm.arg(&a, 1);
    match vm.gen_resume(g, v, false)? {
        Some(x) => Ok(x),
        None => Err(vm.stop_iteration()),
    }
}
fn m_throw(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = vm.arg(&a, 0);
    let mut e = vm.arg(&a, 1);
    if vm.is_type(e) {
        e = vm.call(e, &[])?;
    } else if a.n > 2 && !vm.arg(&a, 2).is_none() && vm.is_type(e) {
        let x = vm.arg(&a, 2);
        e = vm.call(e, &[x])?;
    }
    let g = if vm.is_type(vm.arg(&a, 1)) {
        vm.arg(&a, 0)
    } else {
        g
    };
    match vm.gen_resume(g, e, true)? {
        Some(x) => Ok(x),
        None => Err(vm.stop_iteration()),
    }
}
fn m_close(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = vm.arg(&a, 0);
    let st = vm.slot(g, G_STATE).as_int().unwrap_or(3);
    if st == 0 || st == 3 {
        vm.set_slot(g, G_STATE, Value::from_small(3));
        return Ok(Value::NONE);
    }
    let e = vm.make_exc(crate::types::TypeId::GeneratorExit, "")?;
    let mark = vm.push_root(e);
    let args = crate::objects::tuple::new_tuple(vm, &[]);
    let e = vm.root(mark);
    vm.pop_roots(mark);
    vm.set_slot(e, crate::objects::exc::ARGS, args?);
    let g = vm.arg(&a, 0);
    match vm.gen_resume(g, e, true) {
        Ok(Some(_)) => Err(vm.raise(
            crate::types::TypeId::RuntimeError,
            "generator ignored GeneratorExit",
        )),
        Ok(None) => Ok(Value::NONE),
        Err(err) => {
            if vm.exc_matches(crate::types::TypeId::GeneratorExit)
                || vm.exc_matches(crate::types::TypeId::StopIteration)
            {
                Ok(Value::NONE)
            } else {
                Err(err)
            }
        }
    }
}

/// Methods of generators.
pub static GEN_METHODS: &[NativeDesc] = &[
    NativeDesc {
        name: q::SEND,
        f: m_send,
    },
    NativeDesc {
        name: q::THROW,
        f: m_throw,
    },
    NativeDesc {
        name: q::CLOSE,
        f: m_close,
    },
];
