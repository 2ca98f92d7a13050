//! The interpreter loop: one `match` over opcode bytes, frames pushed and
//! popped in place (no Rust recursion per Python call), small-int and
//! float fast paths inline, everything else in cold helpers.

use crate::call::{Called, FL_ENTRY};
use crate::genframe::GenYield;
use crate::objects::func::{self, G_PC, G_STATE};
use crate::objects::{class, coro, dict, exc, list, tuple};
use crate::qstr::q;
use crate::stack::Win;
use crate::types::{kind, TypeId};
use crate::vm::{PyErr, PyResult, Vm};
use pycopy_compiler::bytecode::{self as bc, BinOp, Op};
use pycopy_gc::Value;

/// How the loop left its entry frame.
#[derive(Clone, Copy, Debug)]
pub enum Exit {
    /// The entry frame returned.
    Return(Value),
    /// A generator frame yielded.
    Yield(Value),
}

/// Result of running one frame's instructions.
enum Ctl {
    /// The frame stack changed; reload the top frame.
    Switch,
    /// Leave the loop.
    Exit(Exit),
}

/// `super()` without arguments: `__class__` and the first argument of the
/// calling Python frame.
pub fn super_zero_args(vm: &mut Vm) -> PyResult<Value> {
    let Some(f) = vm.st.frames.last().copied() else {
        return Err(vm.raise(TypeId::RuntimeError, "super(): no arguments"));
    };
    let reg = vm.slot(f.code, func::C_CLASSCELL).as_int().unwrap_or(-1);
    if reg < 0 {
        return Err(vm.raise(TypeId::RuntimeError, "super(): __class__ cell not found"));
    }
    let cell = vm.reg(Win::new(f.base as usize), reg as usize);
    let cls = vm.slot(cell, 0);
    let mut obj = vm.reg(Win::new(f.base as usize), 0);
    if vm.kind_of(obj) == kind::CELL {
        obj = vm.slot(obj, 0);
    }
    if obj.is_empty() || cls.is_empty() {
        return Err(vm.raise(TypeId::RuntimeError, "super(): no arguments"));
    }
    let r = vm.alloc(kind::SUPER, pycopy_gc::Scan::All, 2)?;
    let f = vm.st.frames.last().copied().unwrap_or(f);
    let cell = vm.reg(Win::new(f.base as usize), reg as usize);
    let cls = vm.slot(cell, 0);
    let mut obj = vm.reg(Win::new(f.base as usize), 0);
    if vm.kind_of(obj) == kind::CELL {
        obj = vm.slot(obj, 0);
    }
    vm.heap.set(r, 0, cls);
    vm.heap.set(r, 1, obj);
    Ok(Value::from_ref(r))
}

impl Vm {
    /// Runs until the entry frame (the innermost frame with `entry` set,
    /// pushed by the caller) returns or yields.
    pub fn run(&mut self) -> PyResult<Exit> {
        loop {
            match self.run_frame() {
                Ok(Ctl::Switch) => {}
                Ok(Ctl::Exit(e)) => return Ok(e),
                Err(_) => {
                    if !self.unwind() {
                        return Err(PyErr);
                    }
                }
            }
        }
    }

    /// Finds a handler for the pending exception, popping frames up to the
    /// entry frame. True when execution can continue.
    fn unwind(&mut self) -> bool {
        let mut first = true;
        loop {
            let Some(f) = self.st.frames.last().copied() else {
                return false;
            };
            // The innermost frame's pc is the faulting instruction; a caller's
            // pc is just past its call instruction.
            let pc = if first { f.pc } else { f.pc.saturating_sub(1) };
            first = false;
            let et = self.slot(f.code, func::C_EXCTAB);
            if let Some(r) = et.as_ref() {
                let words = self.heap.words(r);
                let mut hit = None;
                for i in 0..words.len() * 2 / 4 {
                    let get = |j: usize| -> u32 {
                        let k = i * 4 + j;
                        words
                            .get(k >> 1)
                            .map_or(0, |w| (w >> ((k & 1) * 32)) as u32)
                    };
                    let (s, e, h, reg) = (get(0), get(1), get(2), get(3));
                    if s <= pc && pc < e {
                        hit = Some((h, reg));
                        break;
                    }
                }
                if let Some((h, reg)) = hit {
                    let nregs = f.nregs as usize;
                    let base = f.base as usize;
                    let exc = self.st.exc;
                    self.st.stack.truncate(base + nregs);
                    if self.st.stack.len() < base + nregs {
                        self.st.stack.resize(base + nregs, Value::EMPTY);
                    }
                    if let Some(s) = self.st.stack.get_mut(base + reg as usize) {
                        *s = exc;
                    }
                    if let Some(fr) = self.st.frames.last_mut() {
                        fr.pc = h;
                    }
                    return true;
                }
            }
            // Leaving this frame: add a traceback entry.
            let line = self.line_at(f.code, pc);
            let file = self.slot(f.code, func::C_FILENAME);
            let name = self.slot(f.code, func::C_NAME);
            let e = self.st.exc;
            exc::add_traceback(self, e, file, line, name);
            // `add_traceback` allocates: read the generator from the frame (a root).
            let gen = self.st.frames.pop().map_or(Value::NONE, |fr| fr.gen);
            if !gen.is_none() {
                self.set_slot(gen, G_STATE, Value::from_small(3));
                // A loop frame (genframe.rs) unwinds into its consumer: PEP 479.
                if !f.entry && self.exc_matches(TypeId::StopIteration) {
                    let _ = self.raise(TypeId::RuntimeError, "generator raised StopIteration");
                }
            }
            if f.entry {
                self.st.stack.truncate(f.base as usize);
                return false;
            }
            self.restore_caller_window();
        }
    }

    #[inline]
    fn restore_caller_window(&mut self) {
        if let Some(c) = self.st.frames.last() {
            let end = c.base as usize + c.nregs as usize;
            self.st.stack.truncate(end);
            if self.st.stack.len() < end {
                self.st.stack.resize(end, Value::EMPTY);
            }
        }
    }

    /// Source line of `pc` in `code`.
    pub fn line_at(&self, code: Value, pc: u32) -> i64 {
        let first = self.slot(code, func::C_FIRSTLINE).as_int().unwrap_or(0);
        let lt = self.slot(code, func::C_LINES);
        let Some(r) = lt.as_ref() else { return first };
        let words = self.heap.words(r);
        let mut line = first;
        for w in words {
            let off = *w as u32;
            let l = (*w >> 32) as u32;
            if off == u32::MAX {
                break;
            }
            if off <= pc {
                line = i64::from(l);
            } else {
                break;
            }
        }
        line
    }

    /// The relation of fused branch `op` (any of its three forms) between
    /// `x` and `y`: numbers inline, the rest through `compare_bool`.
    #[inline(always)]
    fn branch_compare(&mut self, op: Op, x: Value, y: Value) -> PyResult<bool> {
        let rel = op.jump_relation().unwrap_or(0);
        match crate::fastnum::compare(rel, x, y) {
            Some(r) => Ok(r),
            None => {
                let cop = [Op::Eq, Op::Ne, Op::Lt, Op::Le, Op::Gt, Op::Ge];
                let cop = cop.get(usize::from(rel)).copied().unwrap_or(Op::Eq);
                self.compare_bool(cop, x, y)
            }
        }
    }

    /// Constant `i` of constants tuple `consts`: the compiler made the
    /// tuple and the instruction's index, so it is read as a field.
    #[inline(always)]
    fn const_at(&self, consts: Value, i: usize) -> Value {
        consts
            .as_ref()
            .map_or(Value::NONE, |r| self.heap.field(r, i))
    }

    /// Register `i` of the window at `base` (unchecked: see `stack.rs`).
    #[inline(always)]
    fn reg(&self, base: Win, i: usize) -> Value {
        self.st.stack.reg(base, i)
    }

    /// Writes register `i` of the window at `base`.
    #[inline(always)]
    fn set_reg(&mut self, base: Win, i: usize, v: Value) {
        self.st.stack.set_reg(base, i, v);
    }

    /// The instruction word at `pc` of the code-space slot `insns` (an
    /// invalid opcode past the end).
    pub(crate) fn insn_at(&self, insns: Value, pc: usize) -> u32 {
        self.code_space
            .words(insns)
            .get(pc)
            .copied()
            .unwrap_or(u32::MAX)
    }

    /// Runs frames until the entry frame returns or yields. Python calls
    /// and returns switch frames inside this function (the `'frame` loop
    /// reloads the frame state) instead of returning to `run`.
    #[allow(clippy::too_many_lines)]
    fn run_frame(&mut self) -> PyResult<Ctl> {
        'frame: loop {
            let fi = self.st.frames.len().wrapping_sub(1);
            // Only the scalar fields are kept (no copy of the whole frame):
            // heap references are read from the rooted frame (`cur!`).
            let Some(fr) = self.st.frames.get(fi) else {
                return Ok(Ctl::Exit(Exit::Return(Value::NONE)));
            };
            let base = Win::new(fr.base as usize);
            let mut pc = fr.pc as usize;
            let mut op_pc;
            let nregs = fr.nregs as usize;
            // The code's instructions (outside the heap: they never move).
            let insns = self.code_space.get(fr.insns);
            // The constants tuple, cache block and globals, re-read after a
            // collection (`fresh!`).
            let mut consts = fr.consts;
            let mut f_caches = fr.caches;
            let mut f_globals = fr.globals;
            if self.st.stack.len() < base + nregs {
                self.st.stack.resize(base + nregs, Value::EMPTY);
            }
            let mut epoch = self.heap.collections();
            macro_rules! t {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(e) => {
                            if let Some(fr) = self.st.frames.get_mut(fi) {
                                fr.pc = op_pc as u32;
                            }
                            return Err(e);
                        }
                    }
                };
            }
            // Heap references in the frame (code, constants, names, caches,
            // instructions) move under the compacting collector: always read
            // them from the rooted frame, never from the entry copy `f`.
            macro_rules! cur {
                ($field:ident) => {
                    match self.st.frames.get(fi) {
                        Some(x) => x.$field,
                        None => Value::NONE,
                    }
                };
            }
            // Where `StoreName`/`DeleteName` write (see `Frame::name_dict`).
            macro_rules! name_dict {
                () => {
                    self.st
                        .frames
                        .get(fi)
                        .map_or(Value::NONE, |x| x.name_dict())
                };
            }
            macro_rules! save_pc {
                () => {
                    if let Some(fr) = self.st.frames.get_mut(fi) {
                        fr.pc = pc as u32;
                    }
                };
            }
            // The instruction word at `pc` (an invalid opcode past the end).
            macro_rules! fetch {
                () => {{
                    match insns.get(pc) {
                        Some(&w) => w,
                        None => u32::MAX,
                    }
                }};
            }
            // Re-reads the frame's constants, caches and globals after a
            // collection (the compacting collector moves them).
            macro_rules! fresh {
                () => {
                    if self.heap.collections() != epoch {
                        epoch = self.heap.collections();
                        consts = cur!(consts);
                        f_caches = cur!(caches);
                        f_globals = cur!(globals);
                    }
                };
            }
            // Constant `i`.
            macro_rules! konst {
                ($i:expr) => {{
                    fresh!();
                    self.const_at(consts, $i)
                }};
            }
            macro_rules! ext {
                () => {{
                    let e = fetch!();
                    pc += 1;
                    e
                }};
            }
            macro_rules! jump {
                ($off:expr) => {{
                    let off: i64 = $off;
                    pc = (pc as i64 + off) as usize;
                    // Pending events (IRQs, schedule, Ctrl-C) at loop back-edges.
                    if off < 0 && crate::pending::is_pending() {
                        save_pc!();
                        t!(self.service_pending());
                    }
                }};
            }
            macro_rules! name {
                ($i:expr) => {
                    self.tuple_get(cur!(names), $i)
                };
            }
            loop {
                op_pc = pc;
                let w = fetch!();
                pc += 1;
                let a = bc::arg_a(w);
                let Some(op) = Op::from_u8(bc::op_byte(w)) else {
                    t!(Err(self.raise(TypeId::SystemExit, "bad opcode")));
                    continue;
                };
                match op {
                    Op::Nop => {}
                    Op::Move => {
                        let v = self.reg(base, bc::arg_b(w));
                        self.set_reg(base, a, v);
                    }
                    Op::LoadConst => {
                        let v = konst!(bc::arg_bx(w));
                        self.set_reg(base, a, v);
                    }
                    Op::AddK
                    | Op::SubK
                    | Op::MulK
                    | Op::TrueDivK
                    | Op::FloorDivK
                    | Op::ModK
                    | Op::PowK
                    | Op::LShiftK
                    | Op::RShiftK
                    | Op::BitAndK
                    | Op::BitOrK
                    | Op::BitXorK
                    | Op::MatMulK => {
                        let Some(bop) = op.k_operator() else {
                            continue;
                        };
                        let x = self.reg(base, bc::arg_b(w));
                        let y = konst!(bc::arg_c(w));
                        let v = match crate::fastnum::binop(bop, x, y) {
                            Some(v) => v,
                            None => t!(self.binop(bop, x, y)),
                        };
                        self.set_reg(base, a, v);
                    }
                    Op::LoadInt => self.set_reg(base, a, Value::from_small(bc::arg_sbx(w) as i32)),
                    Op::LoadNone => self.set_reg(base, a, Value::NONE),
                    Op::LoadTrue => self.set_reg(base, a, Value::TRUE),
                    Op::LoadFalse => self.set_reg(base, a, Value::FALSE),
                    Op::Clear => self.set_reg(base, a, Value::EMPTY),
                    Op::CheckBound => {
                        let e = ext!();
                        if self.reg(base, a).is_empty() {
                            let vn = self.slot(cur!(code), func::C_VARNAMES);
                            let n = self.tuple_get(vn, bc::ext_hi(e));
                            let m = alloc::format!(
                                "local variable '{}' referenced before assignment",
                                self.str_of(n).unwrap_or("?")
                            );
                            t!(Err(self.raise(TypeId::UnboundLocalError, &m)));
                        }
                    }
                    Op::LoadGlobal => {
                        let e = ext!();
                        let (ni, ci) = (bc::ext_hi(e), bc::ext_lo(e));
                        fresh!();
                        let (caches, g) = (f_caches, f_globals);
                        let v = match self.global_hit(caches, g, ci) {
                            Some(v) => v,
                            None => {
                                let names = cur!(names);
                                match self.builtin_hit(caches, names, g, ni, ci) {
                                    Some(v) => v,
                                    None => t!(self.load_global(caches, names, g, ni, ci)),
                                }
                            }
                        };
                        self.set_reg(base, a, v);
                    }
                    Op::StoreGlobal => {
                        let e = ext!();
                        let v = self.reg(base, a);
                        fresh!();
                        if !self.store_global_cached(f_caches, f_globals, v, bc::ext_lo(e)) {
                            let n = name!(bc::ext_hi(e));
                            t!(dict::set(self, cur!(globals), n, v));
                            // The store may have allocated: re-read from the frame.
                            self.store_global_fill(cur!(caches), cur!(globals), n, bc::ext_lo(e));
                        }
                    }
                    Op::DeleteGlobal => {
                        let e = ext!();
                        let n = name!(bc::ext_hi(e));
                        let g = cur!(globals);
                        if t!(dict::remove(self, g, n)).is_none() {
                            t!(Err(self.name_error(n)));
                        }
                    }
                    Op::LoadName => {
                        let e = ext!();
                        let n = name!(bc::ext_hi(e));
                        let v = match t!(self.class_local(cur!(locals), n)) {
                            Some(v) => v,
                            // Re-read the frame: the lookup may have allocated.
                            None => t!(self.global_or_builtin(cur!(globals), n)),
                        };
                        self.set_reg(base, a, v);
                    }
                    Op::StoreName => {
                        let e = ext!();
                        let n = name!(bc::ext_hi(e));
                        let v = self.reg(base, a);
                        let d = name_dict!();
                        t!(dict::set(self, d, n, v));
                    }
                    Op::DeleteName => {
                        let e = ext!();
                        let n = name!(bc::ext_hi(e));
                        let d = name_dict!();
                        if t!(dict::remove(self, d, n)).is_none() {
                            t!(Err(self.name_error(n)));
                        }
                    }
                    Op::LoadClassDeref => {
                        let e = ext!();
                        let n = name!(bc::ext_hi(e));
                        let v = match t!(self.class_local(cur!(locals), n)) {
                            Some(v) => v,
                            None => {
                                let c = self.reg(base, bc::arg_b(w));
                                let x = self.slot(c, 0);
                                if x.is_empty() {
                                    t!(Err(self.name_error(n)));
                                }
                                x
                            }
                        };
                        self.set_reg(base, a, v);
                    }
                    Op::MakeCell => {
                        let v = self.reg(base, a);
                        let c = t!(func::new_cell(self, v));
                        self.set_reg(base, a, c);
                    }
                    Op::LoadDeref => {
                        let e = ext!();
                        // Cell registers hold cells (made by MakeCell or
                        // a closure): the content is a field.
                        let c = self.reg(base, bc::arg_b(w));
                        let v = c.as_ref().map_or(Value::NONE, |r| self.heap.field(r, 0));
                        if v.is_empty() {
                            let n = name!(bc::ext_hi(e));
                            let m = alloc::format!(
                                "local variable '{}' referenced before assignment",
                                self.str_of(n).unwrap_or("?")
                            );
                            t!(Err(self.raise(TypeId::NameError, &m)));
                        }
                        self.set_reg(base, a, v);
                    }
                    Op::StoreDeref => {
                        let c = self.reg(base, a);
                        let v = self.reg(base, bc::arg_b(w));
                        if let Some(r) = c.as_ref() {
                            self.heap.set_field(r, 0, v);
                        }
                    }
                    Op::DeleteDeref => {
                        let c = self.reg(base, a);
                        self.set_slot(c, 0, Value::EMPTY);
                    }
                    Op::GetAttr => {
                        let e = ext!();
                        let o = self.reg(base, bc::arg_b(w));
                        fresh!();
                        let v = match self.attr_hit(f_caches, o, bc::ext_lo(e)) {
                            Some(v) => v,
                            None => {
                                let n = name!(bc::ext_hi(e));
                                match self.attr_cached(cur!(caches), o, n, bc::ext_lo(e)) {
                                    Some(v) => v,
                                    None => t!(self.getattr(o, n)),
                                }
                            }
                        };
                        self.set_reg(base, a, v);
                    }
                    Op::SetAttr => {
                        let e = ext!();
                        let o = self.reg(base, a);
                        let v = self.reg(base, bc::arg_b(w));
                        fresh!();
                        if self.setattr_hit(f_caches, o, v, bc::ext_lo(e)) {
                            continue;
                        }
                        let n = name!(bc::ext_hi(e));
                        if !self.setattr_cached(cur!(caches), o, n, v, bc::ext_lo(e)) {
                            t!(self.setattr(o, n, v));
                            // The store may allocate (spill dict): re-read the
                            // object from its register (the compactor moves it).
                            let o = self.reg(base, a);
                            self.setattr_fill(cur!(caches), o, n, bc::ext_lo(e));
                        }
                    }
                    Op::DelAttr => {
                        let e = ext!();
                        let o = self.reg(base, a);
                        let n = name!(bc::ext_hi(e));
                        t!(self.delattr(o, n));
                    }
                    Op::GetItem => {
                        let o = self.reg(base, bc::arg_b(w));
                        let k = self.reg(base, bc::arg_c(w));
                        let v = match self.getitem_fast(o, k) {
                            Some(v) => v,
                            None => t!(self.getitem(o, k)),
                        };
                        self.set_reg(base, a, v);
                    }
                    Op::GetItemImm => {
                        let o = self.reg(base, bc::arg_b(w));
                        let k = Value::from_small(bc::arg_sc(w) as i32);
                        let v = match self.getitem_fast(o, k) {
                            Some(v) => v,
                            None => t!(self.getitem(o, k)),
                        };
                        self.set_reg(base, a, v);
                    }
                    Op::SetItem => {
                        let o = self.reg(base, a);
                        let k = self.reg(base, bc::arg_b(w));
                        let v = self.reg(base, bc::arg_c(w));
                        if !self.setitem_fast(o, k, v) {
                            t!(self.setitem(o, k, v));
                        }
                    }
                    Op::DelItem => {
                        let o = self.reg(base, a);
                        let k = self.reg(base, bc::arg_b(w));
                        t!(self.delitem(o, k));
                    }
                    Op::BuildSlice => {
                        let b = bc::arg_b(w);
                        let vals = [
                            self.reg(base, b),
                            self.reg(base, b + 1),
                            self.reg(base, b + 2),
                        ];
                        // `o[i:j:k]` and `o[i:j:k] = v` on a list or tuple with
                        // small-int bounds: done here with the bounds, without
                        // the slice object (the next instruction is skipped).
                        // Only where the slice register is dead afterwards: a
                        // SetItem right after ends its statement; a GetItem
                        // whose destination is at or below the slice's temp is
                        // a plain subscript (an augmented `o[i:j] += v` keeps
                        // the slice for its SetItem and reads into a later temp).
                        let nw = fetch!();
                        let next = Op::from_u8(bc::op_byte(nw));
                        let p = crate::objects::iter::small_parts(vals);
                        let fused = match (p, next) {
                            (Some(p), Some(Op::GetItem))
                                if bc::arg_c(nw) == a && bc::arg_a(nw) <= a =>
                            {
                                let o = self.reg(base, bc::arg_b(nw));
                                if matches!(self.kind_of(o), kind::LIST | kind::TUPLE) {
                                    let v = t!(crate::objects::iter::slice_seq(self, o, p));
                                    self.set_reg(base, a, Value::NONE);
                                    self.set_reg(base, bc::arg_a(nw), v);
                                    true
                                } else {
                                    false
                                }
                            }
                            (Some(p), Some(Op::SetItem)) if bc::arg_b(nw) == a => {
                                let o = self.reg(base, bc::arg_a(nw));
                                if self.kind_of(o) == kind::LIST {
                                    let v = self.reg(base, bc::arg_c(nw));
                                    self.set_reg(base, a, Value::NONE);
                                    t!(crate::objects::iter::set_slice_parts(self, o, p, v));
                                    true
                                } else {
                                    false
                                }
                            }
                            _ => false,
                        };
                        if fused {
                            pc += 1;
                        } else {
                            let s = t!(crate::objects::iter::new_slice(self, vals));
                            self.set_reg(base, a, s);
                        }
                    }
                    Op::Add
                    | Op::Sub
                    | Op::Mul
                    | Op::TrueDiv
                    | Op::FloorDiv
                    | Op::Mod
                    | Op::Pow
                    | Op::LShift
                    | Op::RShift
                    | Op::BitAnd
                    | Op::BitOr
                    | Op::BitXor
                    | Op::MatMul => {
                        // The opcodes run in `BinOp`'s order.
                        let Some(bop) = BinOp::from_u8(op as u8 - Op::Add as u8) else {
                            continue;
                        };
                        let (x, y) = (self.reg(base, bc::arg_b(w)), self.reg(base, bc::arg_c(w)));
                        let v = match crate::fastnum::binop(bop, x, y) {
                            Some(v) => v,
                            None => t!(self.binop(bop, x, y)),
                        };
                        self.set_reg(base, a, v);
                    }
                    Op::AddImm | Op::SubImm => {
                        let x = self.reg(base, bc::arg_b(w));
                        let k = Value::from_small(bc::arg_sc(w) as i32);
                        let bop = if op == Op::AddImm {
                            BinOp::Add
                        } else {
                            BinOp::Sub
                        };
                        let v = match crate::fastnum::binop(bop, x, k) {
                            Some(v) => v,
                            None => t!(self.binop(bop, x, k)),
                        };
                        self.set_reg(base, a, v);
                    }
                    Op::InPlace => {
                        let Some(bop) = BinOp::from_u8(bc::arg_c(w) as u8) else {
                            continue;
                        };
                        let (x, y) = (self.reg(base, a), self.reg(base, bc::arg_b(w)));
                        // Numbers have no in-place forms: the plain result.
                        let v = match crate::fastnum::binop(bop, x, y) {
                            Some(v) => v,
                            None => t!(self.inplace(bop, x, y)),
                        };
                        self.set_reg(base, a, v);
                    }
                    Op::InPlaceImm => {
                        let Some(bop) = BinOp::from_u8(bc::arg_c(w) as u8) else {
                            continue;
                        };
                        let (x, imm) = (self.reg(base, a), bc::arg_sb(w));
                        let v = match crate::fastnum::binop(bop, x, Value::from_small(imm as i32)) {
                            Some(v) => v,
                            None => t!(self.inplace(bop, x, Value::from_small(imm as i32))),
                        };
                        self.set_reg(base, a, v);
                    }
                    Op::Neg | Op::Pos | Op::Invert => {
                        let x = self.reg(base, bc::arg_b(w));
                        let fast = match (op, x.as_float()) {
                            (Op::Neg, Some(f)) => Some(Value::float(-f)),
                            (Op::Neg, None) if x.is_int() => Value::int(-x.int_unchecked()),
                            _ => None,
                        };
                        let v = match fast {
                            Some(v) => v,
                            None => t!(self.unary(op, x)),
                        };
                        self.set_reg(base, a, v);
                    }
                    Op::Not => {
                        let x = self.reg(base, bc::arg_b(w));
                        let v = Value::bool(!t!(self.truthy(x)));
                        self.set_reg(base, a, v);
                    }
                    Op::Eq | Op::Ne | Op::Lt | Op::Le | Op::Gt | Op::Ge => {
                        let (x, y) = (self.reg(base, bc::arg_b(w)), self.reg(base, bc::arg_c(w)));
                        // Eq..Ge run in the relation order of `fastnum::compare`.
                        let rel = (op as u8).wrapping_sub(Op::Eq as u8);
                        let v = match crate::fastnum::compare(rel, x, y) {
                            Some(r) => Value::bool(r),
                            None => t!(self.compare_value(op, x, y)),
                        };
                        self.set_reg(base, a, v);
                    }
                    Op::Is | Op::IsNot => {
                        let (x, y) = (self.reg(base, bc::arg_b(w)), self.reg(base, bc::arg_c(w)));
                        let same = self.is_same(x, y);
                        self.set_reg(base, a, Value::bool(same == (op == Op::Is)));
                    }
                    Op::In | Op::NotIn => {
                        let (x, y) = (self.reg(base, bc::arg_b(w)), self.reg(base, bc::arg_c(w)));
                        // Int, qstr and heap str keys of dicts and sets
                        // probe directly (`dict_simple`); the rest is generic.
                        let r = match crate::objects::dict_simple::contains(self, y, x) {
                            Some(r) => r,
                            None => t!(self.contains_general(y, x)),
                        };
                        self.set_reg(base, a, Value::bool(r == (op == Op::In)));
                    }
                    Op::Jump => {
                        let e = ext!();
                        jump!(bc::ext_offset(e));
                    }
                    Op::JumpIfFalse | Op::JumpIfTrue => {
                        let e = ext!();
                        let x = self.reg(base, a);
                        let b = match x.as_bool() {
                            Some(b) => b,
                            None if x.is_int() => x.int_unchecked() != 0,
                            None => t!(self.truthy(x)),
                        };
                        if b == (op == Op::JumpIfTrue) {
                            jump!(bc::ext_offset(e));
                        }
                    }
                    Op::JumpEq | Op::JumpNe | Op::JumpLt | Op::JumpLe | Op::JumpGt | Op::JumpGe => {
                        let e = ext!();
                        let (x, y) = (self.reg(base, a), self.reg(base, bc::arg_b(w)));
                        if t!(self.branch_compare(op, x, y)) == (bc::arg_c(w) != 0) {
                            jump!(bc::ext_offset(e));
                        }
                    }
                    Op::JumpEqK
                    | Op::JumpNeK
                    | Op::JumpLtK
                    | Op::JumpLeK
                    | Op::JumpGtK
                    | Op::JumpGeK => {
                        let e = ext!();
                        let x = self.reg(base, a);
                        let y = konst!(bc::arg_b(w));
                        if t!(self.branch_compare(op, x, y)) == (bc::arg_c(w) != 0) {
                            jump!(bc::ext_offset(e));
                        }
                    }
                    Op::JumpEqImm
                    | Op::JumpNeImm
                    | Op::JumpLtImm
                    | Op::JumpLeImm
                    | Op::JumpGtImm
                    | Op::JumpGeImm => {
                        let e = ext!();
                        let x = self.reg(base, a);
                        let y = Value::from_small(bc::arg_sb(w) as i32);
                        if t!(self.branch_compare(op, x, y)) == (bc::arg_c(w) != 0) {
                            jump!(bc::ext_offset(e));
                        }
                    }
                    Op::JumpIs => {
                        let e = ext!();
                        let (x, y) = (self.reg(base, a), self.reg(base, bc::arg_b(w)));
                        if self.is_same(x, y) == (bc::arg_c(w) != 0) {
                            jump!(bc::ext_offset(e));
                        }
                    }
                    Op::GetIter => {
                        let x = self.reg(base, bc::arg_b(w));
                        let it = t!(self.get_iter(x));
                        self.set_reg(base, a, it);
                    }
                    Op::ForIter => {
                        let e = ext!();
                        let it = self.reg(base, a);
                        let nx = match crate::objects::iter::next_fast(self, it) {
                            Some(v) => v,
                            None => {
                                save_pc!();
                                // A generator runs as a frame of this loop (genframe.rs).
                                let body = (pc as i64 + bc::ext_offset(e)) as u32;
                                if self.gen_push_loop_at(it, base + bc::arg_b(w), body) {
                                    // Each yield continues this loop's body.
                                    continue 'frame;
                                }
                                t!(self.next(it))
                            }
                        };
                        // Bottom-tested: an item jumps back to the body.
                        if let Some(v) = nx {
                            self.set_reg(base, bc::arg_b(w), v);
                            jump!(bc::ext_offset(e));
                        }
                    }
                    Op::ForRangePrep => {
                        let e = ext!();
                        let r = self.reg(base, a);
                        let (s, st, sp) = (
                            self.reg(base, a + 1),
                            self.reg(base, a + 2),
                            self.reg(base, a + 3),
                        );
                        if r == TypeId::Range.value() && s.is_int() && st.is_int() && sp.is_int() {
                            let step = sp.int_unchecked();
                            if step == 0 {
                                t!(Err(self.value_error("range() arg 3 must not be zero")));
                            }
                            let (c, stop) = (s.int_unchecked(), st.int_unchecked());
                            if (step > 0 && c < stop) || (step < 0 && c > stop) {
                                self.set_reg(base, bc::arg_b(w), s);
                                self.set_reg(base, a + 1, range_step(c, step, st));
                            } else {
                                jump!(bc::ext_offset(e));
                            }
                        } else {
                            save_pc!();
                            let rv = t!(self.call(r, &[s, st, sp]));
                            let it = t!(self.get_iter(rv));
                            self.set_reg(base, a, it);
                            match t!(self.next(it)) {
                                Some(v) => self.set_reg(base, bc::arg_b(w), v),
                                None => jump!(bc::ext_offset(e)),
                            }
                        }
                    }
                    Op::ForRangeNext => {
                        let e = ext!();
                        let r = self.reg(base, a);
                        if r == TypeId::Range.value() {
                            let cur = self.reg(base, a + 1);
                            let stop = self.reg(base, a + 2);
                            let step = self.reg(base, a + 3).int_unchecked();
                            let (c, sv) = (cur.int_unchecked(), stop.int_unchecked());
                            if (step > 0 && c < sv) || (step < 0 && c > sv) {
                                self.set_reg(base, bc::arg_b(w), cur);
                                self.set_reg(base, a + 1, range_step(c, step, stop));
                                jump!(bc::ext_offset(e));
                            }
                        } else {
                            save_pc!();
                            if let Some(v) = t!(self.next(r)) {
                                self.set_reg(base, bc::arg_b(w), v);
                                jump!(bc::ext_offset(e));
                            }
                        }
                    }
                    Op::Call | Op::CallKw => {
                        if crate::pending::is_pending() {
                            save_pc!();
                            t!(self.service_pending());
                        }
                        let (nkw, kwn) = if op == Op::CallKw {
                            let e = ext!();
                            (bc::arg_c(w), self.tuple_get(cur!(consts), bc::ext_hi(e)))
                        } else {
                            (0, Value::NONE)
                        };
                        save_pc!();
                        if nkw == 0 {
                            if self.push_simple(base + a, bc::arg_b(w), base + a) {
                                continue 'frame;
                            }
                            if let Some(r) = self.call_native_fn(base + a, bc::arg_b(w)) {
                                let v = t!(r);
                                self.set_reg(base, a, v);
                                self.truncate_window(base.base(), nregs);
                                continue;
                            }
                        }
                        match t!(self.call_at(base + a, bc::arg_b(w), nkw, kwn, 0)) {
                            Called::Done(v) => {
                                self.set_reg(base, a, v);
                                self.truncate_window(base.base(), nregs);
                            }
                            Called::Pushed => continue 'frame,
                        }
                    }
                    Op::CallEx => {
                        save_pc!();
                        let v = t!(self.call_ex(base + a));
                        match v {
                            Called::Done(v) => {
                                self.set_reg(base, a, v);
                                self.truncate_window(base.base(), nregs);
                            }
                            Called::Pushed => continue 'frame,
                        }
                    }
                    Op::LoadMethod => {
                        let e = ext!();
                        let o = self.reg(base, bc::arg_b(w));
                        fresh!();
                        let (m, s) = match self.method_hit(f_caches, o, bc::ext_lo(e)) {
                            Some(m) => (m, o),
                            None => {
                                let n = name!(bc::ext_hi(e));
                                t!(self.load_method(cur!(caches), o, n, bc::ext_lo(e)))
                            }
                        };
                        self.set_reg(base, a, m);
                        self.set_reg(base, a + 1, s);
                    }
                    Op::CallMethod | Op::CallMethodKw => {
                        if crate::pending::is_pending() {
                            save_pc!();
                            t!(self.service_pending());
                        }
                        let (nkw, kwn) = if op == Op::CallMethodKw {
                            let e = ext!();
                            (bc::arg_c(w), self.tuple_get(cur!(consts), bc::ext_hi(e)))
                        } else {
                            (0, Value::NONE)
                        };
                        let mut n = bc::arg_b(w);
                        let idx = if self.reg(base, a + 1).is_empty() {
                            // Unbound: the callable moves next to its arguments.
                            let c = self.reg(base, a);
                            self.set_reg(base, a + 1, c);
                            base + a + 1
                        } else {
                            n += 1;
                            base + a
                        };
                        save_pc!();
                        if nkw == 0 {
                            if self.push_simple(idx, n, base + a) {
                                continue 'frame;
                            }
                            if let Some(r) = self.call_native_method(idx, n) {
                                let v = t!(r);
                                self.set_reg(base, a, v);
                                self.truncate_window(base.base(), nregs);
                                continue;
                            }
                        }
                        let r = if idx != base + a {
                            match self.call_at(idx, n, nkw, kwn, 0) {
                                Ok(Called::Pushed) => {
                                    // Result must land in R[A]: fix the frame's return slot.
                                    if let Some(fr) = self.st.frames.last_mut() {
                                        if !fr.init {
                                            fr.ret = (base + a) as u32;
                                        }
                                    }
                                    if let Some(fr) = self.st.frames.last() {
                                        if fr.init {
                                            let ob = self
                                                .st
                                                .stack
                                                .get(fr.ret as usize)
                                                .copied()
                                                .unwrap_or(Value::NONE);
                                            self.set_reg(base, a, ob);
                                            if let Some(fr) = self.st.frames.last_mut() {
                                                fr.ret = (base + a) as u32;
                                            }
                                        }
                                    }
                                    Ok(Called::Pushed)
                                }
                                other => other,
                            }
                        } else {
                            self.call_at(idx, n, nkw, kwn, 0)
                        };
                        match t!(r) {
                            Called::Done(v) => {
                                self.set_reg(base, a, v);
                                self.truncate_window(base.base(), nregs);
                            }
                            Called::Pushed => continue 'frame,
                        }
                    }
                    Op::Return | Op::ReturnNone => {
                        if crate::pending::is_pending() {
                            save_pc!();
                            t!(self.service_pending());
                        }
                        let v = if op == Op::Return {
                            self.reg(base, a)
                        } else {
                            Value::NONE
                        };
                        // Fast path: a plain call's frame returns straight
                        // into its Python caller (the flags are read here,
                        // not at frame entry: only returns need them).
                        let (plain, f_init, ret) =
                            self.st.frames.get(fi).map_or((false, false, 0), |fr| {
                                let plain = fi > 0 && !fr.entry && !fr.init && fr.gen.is_none();
                                (plain, fr.init, fr.ret as usize)
                            });
                        if plain {
                            self.st.frames.truncate(fi);
                            if let Some(s) = self.st.stack.get_mut(ret) {
                                *s = v;
                            }
                            self.restore_caller_window();
                            continue 'frame;
                        }
                        if f_init && !v.is_none() {
                            // Raised in the caller: a pc past every handler
                            // range keeps `__init__`'s own handlers out.
                            let e = class::init_returned(self, v);
                            if let Some(fr) = self.st.frames.get_mut(fi) {
                                fr.pc = u32::MAX;
                            }
                            return Err(e);
                        }
                        match self.do_return(v) {
                            Ctl::Switch => continue 'frame,
                            exit => return Ok(exit),
                        }
                    }
                    Op::BuildTuple => {
                        // Allocate, then copy the (rooted) registers in.
                        let n = bc::arg_c(w);
                        let v = t!(tuple::new_tuple_n(self, n));
                        tuple::fill_from_stack(self, v, base + bc::arg_b(w), n);
                        self.set_reg(base, a, v);
                    }
                    Op::BuildList => {
                        let n = bc::arg_c(w);
                        let v = t!(list::new_list(self, n));
                        tuple::fill_from_stack(
                            self,
                            self.slot(v, list::ITEMS),
                            base + bc::arg_b(w),
                            n,
                        );
                        self.set_slot(v, list::LEN, Value::from_small(n as i32));
                        self.set_reg(base, a, v);
                    }
                    Op::BuildSet => {
                        let b = bc::arg_b(w);
                        let n = bc::arg_c(w);
                        let v = t!(dict::new_table(self, kind::SET, n));
                        self.set_reg(base, a, v);
                        for i in 0..n {
                            let x = self.reg(base, b + i);
                            let s = self.reg(base, a);
                            t!(crate::objects::set::add(self, s, x));
                        }
                    }
                    Op::BuildMap => {
                        let b = bc::arg_b(w);
                        let n = bc::arg_c(w);
                        let d = t!(dict::new_dict(self, n));
                        self.set_reg(base, a, d);
                        for i in 0..n {
                            let k = self.reg(base, b + 2 * i);
                            let v = self.reg(base, b + 2 * i + 1);
                            let d = self.reg(base, a);
                            t!(dict::set(self, d, k, v));
                        }
                    }
                    Op::ListAppend => {
                        let l = self.reg(base, a);
                        let v = self.reg(base, bc::arg_b(w));
                        t!(list::append(self, l, v));
                    }
                    Op::ListExtend => {
                        let l = self.reg(base, a);
                        let v = self.reg(base, bc::arg_b(w));
                        save_pc!();
                        let r = list::extend(self, l, v);
                        if r.is_err() {
                            // `f(*v)`: the callee is in register c - 1.
                            let f = match bc::arg_c(w) {
                                0 => None,
                                c => Some(self.reg(base, c - 1)),
                            };
                            let v = self.reg(base, bc::arg_b(w));
                            t!(Err(self.star_arg_failed(f, v)));
                        }
                    }
                    Op::ListToTuple => {
                        let l = self.reg(base, bc::arg_b(w));
                        let v = t!(tuple::from_list(self, l));
                        self.set_reg(base, a, v);
                    }
                    Op::SetAdd => {
                        let s = self.reg(base, a);
                        let v = self.reg(base, bc::arg_b(w));
                        t!(crate::objects::set::add(self, s, v));
                    }
                    Op::SetUpdate => {
                        let s = self.reg(base, a);
                        let v = self.reg(base, bc::arg_b(w));
                        save_pc!();
                        t!(crate::objects::set::update(self, s, v));
                    }
                    Op::MapAdd => {
                        let d = self.reg(base, a);
                        let k = self.reg(base, bc::arg_b(w));
                        let v = self.reg(base, bc::arg_c(w));
                        t!(dict::set(self, d, k, v));
                    }
                    Op::DictUpdate | Op::DictMerge => {
                        let d = self.reg(base, a);
                        let s = self.reg(base, bc::arg_b(w));
                        // `f(**s)` names the callee (register c - 1) in errors.
                        let callee = |vm: &Self| match bc::arg_c(w) {
                            0 => None,
                            c => Some(vm.reg(base, c - 1)),
                        };
                        let (d, s) = if self.kind_of(s) == kind::DICT {
                            (d, s)
                        } else {
                            // Another mapping is copied into a dict first.
                            save_pc!();
                            let f = callee(self).filter(|_| op == Op::DictMerge);
                            let s = t!(self.unpack_mapping(s, f));
                            (self.reg(base, a), s)
                        };
                        let callee = callee(self);
                        if op == Op::DictMerge {
                            for (k, _) in dict::pairs(self, s) {
                                if !self.is_str(k) {
                                    t!(Err(self.type_error("keywords must be strings")));
                                }
                                if dict::get_str(self, d, k).is_some() {
                                    if let Some(f) = callee {
                                        t!(Err(self.dup_kw_error(f, k)));
                                    }
                                    let m = alloc::format!(
                                        "got multiple values for keyword argument '{}'",
                                        self.str_of(k).unwrap_or("?")
                                    );
                                    t!(Err(self.type_error(&m)));
                                }
                            }
                        }
                        t!(dict::update(self, d, s));
                    }
                    Op::FormatValue => {
                        let b = bc::arg_b(w);
                        let c = bc::arg_c(w);
                        let x = self.reg(base, b);
                        let spec = if c & 4 != 0 {
                            self.reg(base, b + 1)
                        } else {
                            Value::NONE
                        };
                        save_pc!();
                        let v = t!(crate::format::format_value(self, x, c & 3, spec));
                        self.set_reg(base, a, v);
                    }
                    Op::BuildString => {
                        let b = bc::arg_b(w);
                        let mut s = alloc::string::String::new();
                        for i in 0..bc::arg_c(w) {
                            let x = self.reg(base, b + i);
                            s.push_str(self.str_of(x).unwrap_or(""));
                        }
                        let v = t!(self.new_str(&s));
                        self.set_reg(base, a, v);
                    }
                    Op::UnpackSeq => {
                        let x = self.reg(base, bc::arg_b(w));
                        let n = bc::arg_c(w);
                        save_pc!();
                        // A tuple or list of the right length is copied
                        // straight into the registers (nothing allocates).
                        match list::seq_store(self, x) {
                            Some((src, m)) if m == n => {
                                for i in 0..n {
                                    let v = self.heap.get(src, i).unwrap_or(Value::NONE);
                                    self.set_reg(base, a + i, v);
                                }
                            }
                            _ => {
                                let items = t!(self.unpack(x, n));
                                for (i, v) in items.into_iter().enumerate() {
                                    self.set_reg(base, a + i, v);
                                }
                            }
                        }
                    }
                    Op::UnpackEx => {
                        let e = ext!();
                        let x = self.reg(base, bc::arg_b(w));
                        let (before, after) = (bc::ext_hi(e), bc::ext_lo(e));
                        save_pc!();
                        let items = t!(self.unpack_items(x));
                        if items.len() < before + after {
                            let m = alloc::format!(
                                "not enough values to unpack (expected at least {}, got {})",
                                before + after,
                                items.len()
                            );
                            t!(Err(self.value_error(&m)));
                        }
                        // The items may be held only by a temporary list that
                        // is already garbage: root them across the allocation
                        // of the middle list and re-read them afterwards.
                        let n = items.len();
                        let mark = self.st.misc.len();
                        self.st.misc.extend_from_slice(&items);
                        let mid = items.get(before..n - after).unwrap_or(&[]).to_vec();
                        let l = list::from_slice(self, &mid);
                        let items: alloc::vec::Vec<Value> =
                            self.st.misc.get(mark..).unwrap_or(&[]).to_vec();
                        self.pop_roots(mark);
                        let l = t!(l);
                        for (i, v) in items.iter().take(before).enumerate() {
                            self.set_reg(base, a + i, *v);
                        }
                        self.set_reg(base, a + before, l);
                        for (i, v) in items.iter().skip(n - after).enumerate() {
                            self.set_reg(base, a + before + 1 + i, *v);
                        }
                    }
                    Op::MakeFunction => {
                        let e = ext!();
                        let code = self.tuple_get(cur!(consts), bc::ext_hi(e));
                        let flags = bc::ext_lo(e);
                        let b = bc::arg_b(w);
                        let g = cur!(globals);
                        let fv = t!(func::new_function(self, code, g));
                        if flags & 1 != 0 {
                            let d = self.reg(base, b);
                            self.set_slot(fv, func::F_DEFAULTS, d);
                        }
                        if flags & 2 != 0 {
                            let d = self.reg(base, b + 1);
                            self.set_slot(fv, func::F_KWDEFAULTS, d);
                        }
                        if flags & 4 != 0 {
                            let d = self.reg(base, b + 2);
                            self.set_slot(fv, func::F_CLOSURE, d);
                        }
                        self.set_reg(base, a, fv);
                    }
                    Op::LoadBuildClass => {
                        self.set_reg(base, a, crate::builtins::build_class_value());
                    }
                    Op::LoadClassCell => {}
                    Op::SetClassCell => {
                        let c = self.reg(base, a);
                        let locals = cur!(locals);
                        if !locals.is_none() {
                            t!(dict::set(self, locals, Value::qstr(q::D_CLASSCELL), c));
                        }
                    }
                    Op::Raise => {
                        save_pc!();
                        let e = match bc::arg_b(w) {
                            0 => {
                                let h = self.st.handled;
                                if h.is_none() || h.is_empty() {
                                    self.raise(
                                        TypeId::RuntimeError,
                                        "No active exception to reraise",
                                    )
                                } else {
                                    self.raise_value(h)
                                }
                            }
                            1 => {
                                let x = self.reg(base, a);
                                self.raise_obj(x, None)
                            }
                            _ => {
                                let x = self.reg(base, a);
                                let c = self.reg(base, a + 1);
                                self.raise_obj(x, Some(c))
                            }
                        };
                        t!(Err(e));
                    }
                    Op::Reraise => {
                        let x = self.reg(base, a);
                        self.st.exc = x;
                        t!(Err(PyErr));
                    }
                    Op::JumpIfNotExcMatch => {
                        let e = ext!();
                        let x = self.reg(base, a);
                        let t = self.reg(base, bc::arg_b(w));
                        let m = t!(self.exc_match(x, t));
                        if !m {
                            jump!(bc::ext_offset(e));
                        }
                    }
                    Op::EnterExcept => {
                        let prev = self.st.handled;
                        self.set_reg(base, bc::arg_b(w), prev);
                        let x = self.reg(base, a);
                        self.st.handled = x;
                    }
                    Op::LeaveExcept => {
                        self.st.handled = self.reg(base, a);
                        if self.st.handled.is_empty() {
                            self.st.handled = Value::NONE;
                        }
                    }
                    Op::LoadAssertionError => self.set_reg(base, a, TypeId::AssertionError.value()),
                    Op::WithEnter => {
                        let o = self.reg(base, bc::arg_b(w));
                        save_pc!();
                        let t = self.type_of(o);
                        let ex = class::lookup(self, t, Value::qstr(q::D_EXIT));
                        let en = class::lookup(self, t, Value::qstr(q::D_ENTER));
                        let (Some(ex), Some(en)) = (ex, en) else {
                            let m = alloc::format!(
                                "'{}' object does not support the context manager protocol",
                                self.type_name(o)
                            );
                            t!(Err(self.type_error(&m)));
                            continue;
                        };
                        // Binding `__exit__` allocates: keep `__enter__` rooted.
                        let mark = self.push_root(en);
                        let bm = self.bind_descriptor(ex, o, t);
                        let en = self.root(mark);
                        self.pop_roots(mark);
                        let bm = t!(bm);
                        self.set_reg(base, a + 1, bm);
                        let o = self.reg(base, bc::arg_b(w));
                        let r = t!(self.call(en, &[o]));
                        self.set_reg(base, a, r);
                    }
                    Op::WithExit => {
                        let x = self.reg(base, a);
                        save_pc!();
                        t!(self.call(x, &[Value::NONE, Value::NONE, Value::NONE]));
                    }
                    Op::WithExitExc => {
                        let x = self.reg(base, a);
                        let e = self.reg(base, bc::arg_b(w));
                        let et = self.type_of(e);
                        save_pc!();
                        let r = t!(self.call(x, &[et, e, Value::NONE]));
                        let b = t!(self.truthy(r));
                        self.set_reg(base, a, Value::bool(b));
                    }
                    Op::Yield => {
                        let v = self.reg(base, a);
                        // To a `for` loop or out to `gen_resume` (genframe.rs).
                        match self.gen_yield_fast(v, bc::arg_b(w), pc, false) {
                            GenYield::Loop => continue 'frame,
                            GenYield::Exit => return Ok(Ctl::Exit(Exit::Yield(v))),
                            GenYield::Slow => {}
                        }
                        save_pc!();
                        match self.do_yield(v, bc::arg_b(w), pc, false) {
                            Ctl::Switch => continue 'frame,
                            exit => return Ok(exit),
                        }
                    }
                    Op::YieldFrom => {
                        let it = self.reg(base, a);
                        let sent = self.reg(base, bc::arg_b(w));
                        save_pc!();
                        // A sub-generator runs as a frame of this loop (genframe.rs).
                        let sv = if sent.is_empty() { Value::NONE } else { sent };
                        if self.gen_push_loop(it, sv, base + bc::arg_b(w), true) {
                            continue 'frame;
                        }
                        let fast = if sent.is_none() || sent.is_empty() {
                            crate::objects::iter::next_fast(self, it)
                        } else {
                            None
                        };
                        let r = if let Some(r) = fast {
                            self.st.genret = Value::NONE;
                            r
                        } else if self.kind_of(it) != kind::GEN {
                            t!(coro::delegate_send(self, it, sent))
                        } else if sent.is_none() || sent.is_empty() {
                            t!(self.next(it))
                        } else {
                            t!(self.gen_resume(it, sent, false))
                        };
                        match r {
                            Some(v) => {
                                // Re-execute this instruction when resumed.
                                match self.gen_yield_fast(v, bc::arg_b(w), op_pc, true) {
                                    GenYield::Loop => continue 'frame,
                                    GenYield::Exit => return Ok(Ctl::Exit(Exit::Yield(v))),
                                    GenYield::Slow => {}
                                }
                                match self.do_yield(v, bc::arg_b(w), op_pc, true) {
                                    Ctl::Switch => continue 'frame,
                                    exit => return Ok(exit),
                                }
                            }
                            None => {
                                let rv = self.st.genret;
                                self.set_reg(base, bc::arg_b(w), rv);
                            }
                        }
                    }
                    Op::GetYieldFromIter => {
                        let x = self.reg(base, bc::arg_b(w));
                        let v = if self.kind_of(x) == kind::GEN {
                            x
                        } else {
                            t!(self.get_iter(x))
                        };
                        self.set_reg(base, a, v);
                    }
                    Op::GetAwaitable => {
                        let x = self.reg(base, bc::arg_b(w));
                        save_pc!();
                        let v = t!(coro::get_awaitable(self, x));
                        self.set_reg(base, a, v);
                    }
                    Op::GetAIter => {
                        let x = self.reg(base, bc::arg_b(w));
                        save_pc!();
                        let v = t!(coro::get_aiter(self, x));
                        self.set_reg(base, a, v);
                    }
                    Op::GetANext => {
                        let x = self.reg(base, bc::arg_b(w));
                        save_pc!();
                        let v = t!(coro::get_anext(self, x));
                        self.set_reg(base, a, v);
                    }
                    Op::JumpIfNotStopAsync => {
                        let e = ext!();
                        let x = self.reg(base, a);
                        if !coro::is_stop_async(self, x) {
                            jump!(bc::ext_offset(e));
                        }
                    }
                    Op::AsyncWithEnter => {
                        let o = self.reg(base, bc::arg_b(w));
                        save_pc!();
                        let (aw, ex) = t!(coro::async_with_enter(self, o));
                        self.set_reg(base, a + 1, ex);
                        self.set_reg(base, a, aw);
                    }
                    Op::AsyncWithExit => {
                        let x = self.reg(base, a);
                        let e = (bc::arg_c(w) != 0).then(|| self.reg(base, bc::arg_b(w)));
                        save_pc!();
                        let r = t!(coro::async_with_exit(self, x, e));
                        self.set_reg(base, a, r);
                    }
                    Op::ImportName => {
                        let e = ext!();
                        let n = self.tuple_get(cur!(consts), bc::ext_hi(e));
                        let from = self.reg(base, bc::arg_b(w));
                        save_pc!();
                        let m = t!(crate::import::import_name(self, n, from, bc::arg_c(w)));
                        self.set_reg(base, a, m);
                    }
                    Op::ImportFrom => {
                        let e = ext!();
                        let m = self.reg(base, bc::arg_b(w));
                        let n = name!(bc::ext_hi(e));
                        save_pc!();
                        let v = t!(crate::import::import_from(self, m, n));
                        self.set_reg(base, a, v);
                    }
                    Op::ImportStar => {
                        let m = self.reg(base, a);
                        let d = name_dict!();
                        t!(crate::import::import_star(self, m, d));
                    }
                    Op::PrintExpr => {
                        let x = self.reg(base, a);
                        if !x.is_none() {
                            save_pc!();
                            let s = t!(self.repr_string(x));
                            self.write_out(&s);
                            self.write_out("\n");
                            let b = self.st.builtins;
                            t!(dict::set(self, b, Value::qstr(q::UNDERSCORE), x));
                        }
                    }
                    Op::SetupAnnotations => {}
                }
            }
        }
    }

    /// After a call that finished without pushing a frame, makes sure the
    /// caller's window is intact (binding may have truncated the stack).
    #[inline(always)]
    fn truncate_window(&mut self, base: usize, nregs: usize) {
        let need = base + nregs;
        if self.st.stack.len() < need {
            self.st.stack.resize(need, Value::EMPTY);
        }
    }

    fn do_return(&mut self, v: Value) -> Ctl {
        let Some(f) = self.st.frames.pop() else {
            return Ctl::Exit(Exit::Return(v));
        };
        if !f.gen.is_none() {
            self.set_slot(f.gen, G_STATE, Value::from_small(3));
            self.st.stack.truncate(f.base as usize);
            if f.entry {
                return Ctl::Exit(Exit::Return(v));
            }
            // A loop frame (genframe.rs): finish the `yield from` or the loop.
            self.restore_caller_window();
            // A finished `for` loop falls through after its `ForIter`.
            if f.yield_from {
                if let Some(s) = self.st.stack.get_mut(f.ret as usize) {
                    *s = v;
                }
            }
            return Ctl::Switch;
        }
        // (An `__init__` returning non-None raised at its `Return`.)
        if !f.init {
            if let Some(s) = self.st.stack.get_mut(f.ret as usize) {
                *s = v;
            }
        }
        let rv = if f.init {
            self.st
                .stack
                .get(f.ret as usize)
                .copied()
                .unwrap_or(Value::NONE)
        } else {
            v
        };
        if f.entry {
            self.st.stack.truncate(f.base as usize);
            return Ctl::Exit(Exit::Return(rv));
        }
        self.restore_caller_window();
        Ctl::Switch
    }

    fn do_yield(&mut self, v: Value, sendreg: usize, resume_pc: usize, from: bool) -> Ctl {
        let (mut sendreg, mut resume_pc, mut from) = (sendreg, resume_pc, from);
        loop {
            let Some(f) = self.st.frames.pop() else {
                return Ctl::Exit(Exit::Yield(v));
            };
            self.gen_save(&f, resume_pc, sendreg, from);
            if f.entry {
                return Ctl::Exit(Exit::Yield(v));
            }
            // A loop frame (genframe.rs): hand the value to the `for` loop,
            // or make the delegating generator yield it too.
            self.restore_caller_window();
            if !f.yield_from {
                if let Some(s) = self.st.stack.get_mut(f.ret as usize) {
                    *s = v;
                }
                // Back to the `for` loop's body (bottom-tested loop).
                if let Some(c) = self.st.frames.last_mut() {
                    c.pc = f.resume;
                }
                return Ctl::Switch;
            }
            let Some((opc, reg)) = self.gen_delegator_yield_point() else {
                return Ctl::Exit(Exit::Yield(v));
            };
            (sendreg, resume_pc, from) = (reg, opc, true);
        }
    }

    /// Resumes generator `g` sending `v` (or throwing it); `None` when it
    /// finished (its return value is in `st.genret`).
    pub fn gen_resume(&mut self, g: Value, v: Value, throw: bool) -> PyResult<Option<Value>> {
        // Fast path: `next`/`send` into a suspended (or new, sending None)
        // generator; the checks below only classify a refusal.
        if !throw
            && self.st.frames.len() < crate::vm::MAX_FRAMES
            && self.st.reentry < crate::vm::MAX_REENTRY
        {
            let base = self.st.stack.len();
            if self.gen_push_frame(g, Some(v), base, true, false) {
                return self.gen_run_entry();
            }
        }
        let state = self.slot(g, G_STATE).as_int().unwrap_or(3);
        if state == 1 {
            return Err(self.value_error("generator already executing"));
        }
        if state == 3 {
            self.st.genret = Value::NONE;
            if throw {
                return Err(self.raise_obj(v, None));
            }
            return Ok(None);
        }
        if state == 0 && !throw && !v.is_none() {
            return Err(self.type_error("can't send non-None value to a just-started generator"));
        }
        if self.st.frames.len() >= crate::vm::MAX_FRAMES
            || self.st.reentry >= crate::vm::MAX_REENTRY
        {
            return Err(self.recursion_error());
        }
        let base = self.st.stack.len();
        if !throw {
            if !self.gen_push_frame(g, Some(v), base, true, false) {
                return Err(self.recursion_error());
            }
            return self.gen_run_entry();
        }
        let pc = self.slot(g, G_PC).as_int().unwrap_or(0) as u32;
        let hs = self.slot(g, func::G_HANDLED).as_int().unwrap_or(0) as usize;
        let (sendreg, from) = (hs & 0xff, hs & 0x100 != 0);
        if !self.gen_push_frame(g, None, base, true, false) {
            return Err(self.recursion_error());
        }
        self.st.reentry += 1;
        // Running allocates: `g` is re-read from a root afterwards.
        let mark = self.push_root(g);
        let r = self.throw_into(g, v, base, pc, state == 2 && from, sendreg);
        let g = self.root(mark);
        self.pop_roots(mark);
        self.st.reentry -= 1;
        if r.is_err() {
            self.set_slot(g, G_STATE, Value::from_small(3));
        }
        self.gen_exit(r)
    }

    /// Runs the generator entry frame just pushed by `gen_resume` to its
    /// next yield (`Some`) or return (`None`, the value in `st.genret`).
    fn gen_run_entry(&mut self) -> PyResult<Option<Value>> {
        self.st.reentry += 1;
        let r = self.run();
        self.st.reentry -= 1;
        // An exception leaving the generator popped its frame and marked
        // it finished (`unwind`), as a return does (`do_return`).
        self.gen_exit(r)
    }

    /// What a generator run ended with: a yielded value (`Some`), a
    /// return (`None`, the value in `st.genret`), or the exception, a
    /// `StopIteration` becoming `RuntimeError` (PEP 479).
    fn gen_exit(&mut self, r: PyResult<Exit>) -> PyResult<Option<Value>> {
        match r {
            Ok(Exit::Yield(x)) => Ok(Some(x)),
            Ok(Exit::Return(x)) => {
                self.st.genret = x;
                Ok(None)
            }
            Err(e) => {
                if self.exc_matches(TypeId::StopIteration) {
                    return Err(self.raise(TypeId::RuntimeError, "generator raised StopIteration"));
                }
                Err(e)
            }
        }
    }

    /// Raises `v` inside the just-pushed generator frame (delegating to a
    /// sub-generator first when suspended in `yield from`), then runs.
    fn throw_into(
        &mut self,
        g: Value,
        v: Value,
        base: usize,
        pc: u32,
        from: bool,
        sendreg: usize,
    ) -> PyResult<Exit> {
        let _ = g;
        if from {
            let fr = self.st.frames.last().copied();
            let w = fr.map_or(0, |f| self.insn_at(f.insns, pc as usize));
            let sub = self.reg(Win::new(base), bc::arg_a(w));
            if self.kind_of(sub) == kind::GEN {
                match self.gen_resume(sub, v, true) {
                    Ok(Some(x)) => {
                        // Still delegating: stay suspended at the same instruction.
                        let _ = self.do_yield(x, sendreg, pc as usize, true);
                        return Ok(Exit::Yield(x));
                    }
                    Ok(None) => {
                        let rv = self.st.genret;
                        self.set_reg(Win::new(base), sendreg, rv);
                        if let Some(f) = self.st.frames.last_mut() {
                            f.pc = pc + 1;
                        }
                        return self.run();
                    }
                    Err(_) => {
                        if let Some(f) = self.st.frames.last_mut() {
                            f.pc = pc;
                        }
                        return if self.unwind() {
                            self.run()
                        } else {
                            Err(PyErr)
                        };
                    }
                }
            }
            if let Some(f) = self.st.frames.last_mut() {
                f.pc = pc;
            }
        } else if let Some(f) = self.st.frames.last_mut() {
            f.pc = pc.saturating_sub(1);
        }
        let _ = self.raise_obj(v, None);
        if self.unwind() {
            self.run()
        } else {
            Err(PyErr)
        }
    }

    /// `raise x [from cause]`: instantiates classes, checks the type.
    pub fn raise_obj(&mut self, x: Value, cause: Option<Value>) -> PyErr {
        let e = if self.is_type(x) {
            if !crate::objects::exc::is_exc_type(self, x) {
                return self.type_error("exceptions must derive from BaseException");
            }
            match self.call(x, &[]) {
                Ok(e) => e,
                Err(e) => return e,
            }
        } else {
            x
        };
        if self.kind_of(e) != kind::EXC {
            return self.type_error("exceptions must derive from BaseException");
        }
        if let Some(c) = cause {
            let c = if self.is_type(c) {
                let mark = self.push_root(e);
                let r = self.call(c, &[]);
                let e2 = self.root(mark);
                self.pop_roots(mark);
                match r {
                    Ok(cv) => {
                        self.set_slot(e2, exc::CAUSE, cv);
                        return self.raise_value(e2);
                    }
                    Err(err) => return err,
                }
            } else {
                c
            };
            self.set_slot(e, exc::CAUSE, c);
        }
        self.set_slot(e, exc::TB, Value::NONE);
        self.raise_value(e)
    }

    fn exc_match(&mut self, e: Value, t: Value) -> PyResult<bool> {
        if self.kind_of(t) == kind::TUPLE {
            for i in 0..tuple::len(self, t) {
                let x = self.tuple_get(t, i);
                if self.exc_match(e, x)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if !self.is_type(t) || !crate::objects::exc::is_exc_type(self, t) {
            return Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        Ok(self.is_instance(e, t))
    }

    #[cold]
    fn name_error(&mut self, n: Value) -> PyErr {
        let m = alloc::format!("name '{}' isn't defined", self.str_of(n).unwrap_or("?"));
        self.raise(TypeId::NameError, &m)
    }

    /// `LoadName`/`LoadClassDeref`: the name in a class-body or `exec`
    /// locals mapping, when the frame has one.
    fn class_local(&mut self, locals: Value, n: Value) -> PyResult<Option<Value>> {
        if locals.is_none() {
            Ok(None)
        } else {
            dict::get(self, locals, n)
        }
    }

    fn global_or_builtin(&mut self, g: Value, n: Value) -> PyResult<Value> {
        if let Some(v) = dict::get_str(self, g, n) {
            return Ok(v);
        }
        let b = self.st.builtins;
        if let Some(v) = dict::get_str(self, b, n) {
            return Ok(v);
        }
        Err(self.name_error(n))
    }

    /// `LoadGlobal`'s cache hit on a module global. The cache words are
    /// `[g, entry index, name, g's entries table]` (`fill_global`): the
    /// entry still holds the name while the table is the same one (entries
    /// are only appended within one table; a deleted key becomes EMPTY).
    /// Only plain dicts are cached, so the dict's words are fields, and the
    /// table kept in the cache is alive, so the cached index is inside it.
    #[inline(always)]
    fn global_hit(&self, caches: Value, g: Value, ci: usize) -> Option<Value> {
        let cr = caches.as_ref()?;
        if self.heap.field(cr, ci * 4) != g {
            return None;
        }
        let t = self.heap.field(g.as_ref()?, dict::ENTRIES);
        if t != self.heap.field(cr, ci * 4 + 3) {
            return None;
        }
        // A small int whenever the dict word is `g` (written together).
        let idx = self.heap.field(cr, ci * 4 + 1).int_unchecked() as usize;
        let tr = t.as_ref()?;
        if self.heap.field(tr, idx * 2) != self.heap.field(cr, ci * 4 + 2) {
            return None;
        }
        Some(self.heap.field(tr, idx * 2 + 1))
    }

    /// `LoadGlobal`'s cache hit on a builtin: the cache words are
    /// `[builtins, entry index, g's append count, g's entries table]`,
    /// valid while no key was added to the globals (same table, same
    /// count, see `load_global`) and the builtins' entry still holds the
    /// name.
    #[inline]
    fn builtin_hit(
        &self,
        caches: Value,
        names: Value,
        g: Value,
        ni: usize,
        ci: usize,
    ) -> Option<Value> {
        let cr = caches.as_ref()?;
        let cd = self.heap.field(cr, ci * 4);
        if cd != self.st.builtins || cd.is_none() {
            return None;
        }
        let gr = g.as_ref()?;
        if self.heap.get(gr, dict::USED)? != self.heap.field(cr, ci * 4 + 2)
            || self.heap.get(gr, dict::ENTRIES)? != self.heap.field(cr, ci * 4 + 3)
        {
            return None;
        }
        let idx = self.heap.field(cr, ci * 4 + 1).as_int()? as usize;
        let name = self.heap.field(names.as_ref()?, ni);
        let tr = self.heap.get(cd.as_ref()?, dict::ENTRIES)?.as_ref()?;
        if self.heap.get(tr, idx * 2)? != name {
            return None;
        }
        self.heap.get(tr, idx * 2 + 1)
    }

    #[inline(never)]
    fn load_global(
        &mut self,
        caches: Value,
        names: Value,
        g: Value,
        ni: usize,
        ci: usize,
    ) -> PyResult<Value> {
        // (The cache hit is `global_hit`, tried first.)
        let n = self.tuple_get(names, ni);
        if let Some(e) = dict::find_str(self, g, n) {
            self.fill_global(caches, g, n, e, ci);
            return Ok(dict::entry(self, g, e).1);
        }
        let b = self.st.builtins;
        if let Some(e) = dict::find_str(self, b, n) {
            self.set_slot(caches, ci * 4, b);
            self.set_slot(caches, ci * 4 + 1, Value::from_small(e as i32));
            self.set_slot(
                caches,
                ci * 4 + 2,
                Value::from_small(dict::used(self, g) as i32),
            );
            let t = dict::entries_table(self, g);
            self.set_slot(caches, ci * 4 + 3, t);
            return Ok(dict::entry(self, b, e).1);
        }
        Err(self.name_error(n))
    }

    /// `globals[n] = v` through the site's module-global cache (the
    /// layout of `global_hit`): true when the entry still holds the cached
    /// name, which is this instruction's (the compiler gives every
    /// instruction its own cache slot, `name_cache`).
    #[inline]
    fn store_global_cached(&mut self, caches: Value, g: Value, v: Value, ci: usize) -> bool {
        // As `global_hit`: a plain dict (`fill_global`) with the entries
        // table the fill saw, so its words are fields.
        let (Some(cr), Some(gr)) = (caches.as_ref(), g.as_ref()) else {
            return false;
        };
        if self.heap.field(cr, ci * 4) != g {
            return false;
        }
        let t = self.heap.field(gr, dict::ENTRIES);
        if t != self.heap.field(cr, ci * 4 + 3) {
            return false;
        }
        let idx = self.heap.field(cr, ci * 4 + 1).int_unchecked() as usize;
        let Some(tr) = t.as_ref() else {
            return false;
        };
        if self.heap.field(tr, idx * 2) != self.heap.field(cr, ci * 4 + 2) {
            return false;
        }
        self.heap.set_field(tr, idx * 2 + 1, v);
        true
    }

    /// After a generic global store, caches the entry that holds `n`.
    fn store_global_fill(&mut self, caches: Value, g: Value, n: Value, ci: usize) {
        if let Some(e) = dict::find_str(self, g, n) {
            self.fill_global(caches, g, n, e, ci);
        }
    }

    /// Caches module global `n`, entry `e` of `g`, at site `ci`: the dict,
    /// the entry index, the name and the entries table (see `global_hit`).
    /// Only a plain dict is cached: `global_hit` reads its words as fields.
    fn fill_global(&mut self, caches: Value, g: Value, n: Value, e: usize, ci: usize) {
        if g.as_ref().is_none_or(|r| self.heap.kind(r) != kind::DICT) {
            return;
        }
        self.set_slot(caches, ci * 4, g);
        self.set_slot(caches, ci * 4 + 1, Value::from_small(e as i32));
        self.set_slot(caches, ci * 4 + 2, n);
        let t = dict::entries_table(self, g);
        self.set_slot(caches, ci * 4 + 3, t);
    }

    /// After a `GetAttr` cache miss (`attr_hit`): an instance's inline
    /// attribute `n`, filling the cache when the class has no attribute of
    /// that name; None for everything else (the generic lookup).
    fn attr_cached(&mut self, caches: Value, o: Value, n: Value, ci: usize) -> Option<Value> {
        let r = o.as_ref()?;
        let (k, vals) = self.heap.kind_values(r);
        if k != kind::INSTANCE {
            return None;
        }
        let cls = *vals.first()?;
        let mut i = class::I_PAIRS;
        while i + 1 < vals.len() {
            if vals[i] == n {
                let v = vals[i + 1];
                if !crate::ctor_cache::plain_attr(self, cls, n) {
                    return None;
                }
                self.fill_site(caches, ci, cls, Value::from_small(i as i32), n);
                return Some(v);
            }
            i += 2;
        }
        None
    }

    /// After a generic store, caches where `n` landed if it is a plain
    /// inline attribute (no class attribute such as a property, no
    /// `__setattr__`). A `__slots__` class caches too: the store just
    /// succeeded, so `n` is one of its slots, and each cache entry belongs
    /// to one instruction, hence to this one name.
    fn setattr_fill(&mut self, caches: Value, o: Value, n: Value, ci: usize) {
        let Some(r) = o.as_ref() else { return };
        if self.heap.kind(r) != kind::INSTANCE {
            return;
        }
        let cls = self.heap.get(r, 0).unwrap_or(Value::NONE);
        if !crate::ctor_cache::plain_attr(self, cls, n)
            || crate::ctor_cache::lookup(self, cls, Value::qstr(q::D_SETATTR)).is_some()
        {
            return;
        }
        let vals = self.heap.values(r);
        let mut i = 3;
        while i + 1 < vals.len() {
            if vals[i] == n {
                self.fill_site(caches, ci, cls, Value::from_small(i as i32), n);
                return;
            }
            i += 2;
        }
    }

    #[inline(never)]
    fn load_method(
        &mut self,
        caches: Value,
        o: Value,
        n: Value,
        ci: usize,
    ) -> PyResult<(Value, Value)> {
        if let Some(ms) = self.method_hit_more(caches, o, ci) {
            return Ok(ms);
        }
        let t = self.type_of(o);
        let k = self.kind_of(o);
        if let Some(cr) = caches.as_ref() {
            // Cache hit on what `method_hit` leaves here: an instance with
            // a spill dict, checked for shadowing through `inst_get`.
            let cv = self.heap.values(cr);
            let ct = cv.get(ci * 4).copied();
            let ce = cv.get(ci * 4 + 1).and_then(|e| e.as_int());
            let cm = cv.get(ci * 4 + 2).copied().unwrap_or(Value::NONE);
            if ct == Some(t)
                && ce == Some(self.st.epoch as i64)
                && (k != kind::INSTANCE || class::inst_get(self, o, n).is_none())
            {
                return Ok((cm, o));
            }
        }
        if k == kind::SUPER {
            if let Some(ms) = crate::ctor_cache::super_method(self, o, n) {
                self.fill_super_site(caches, ci, o, ms.0, n);
                return Ok(ms);
            }
        }
        if k != kind::CLASS && k != kind::MODULE && k != kind::SUPER {
            if let Some(m) = crate::ctor_cache::lookup(self, t, n) {
                let plain = self.kind_of(m) == kind::FUNC
                    || matches!(m.as_static(), Some((crate::types::SK_NATIVE, _)));
                if plain && (k != kind::INSTANCE || class::inst_get(self, o, n).is_none()) {
                    self.fill_method_site(caches, ci, t, m, n);
                    return Ok((m, o));
                }
            }
        }
        let v = self.getattr(o, n)?;
        Ok((v, Value::EMPTY))
    }

    fn call_ex(&mut self, idx: usize) -> PyResult<Called> {
        let args = self.st.stack.get(idx + 1).copied().unwrap_or(Value::NONE);
        if !matches!(self.kind_of(args), kind::TUPLE | kind::LIST) {
            // Materialise any iterable into a list kept in its (rooted) register.
            let l = list::from_iter(self, args)?;
            if let Some(s) = self.st.stack.get_mut(idx + 1) {
                *s = l;
            }
        }
        // Keyword names first (the one allocation), then the arguments are
        // copied from the (rooted) tuple/list and dict straight onto the
        // stack, nothing allocating in between.
        let kw = self.st.stack.get(idx + 2).copied().unwrap_or(Value::NONE);
        let is_dict = self.kind_of(kw) == kind::DICT;
        let nkw = if is_dict { dict::len(self, kw) } else { 0 };
        let kwn = if nkw == 0 {
            Value::NONE
        } else {
            let t = tuple::new_tuple_n(self, nkw)?;
            let kw = self.st.stack.get(idx + 2).copied().unwrap_or(Value::NONE);
            let mut j = 0;
            for i in 0..dict::used(self, kw) {
                let (k, _) = dict::entry(self, kw, i);
                if !k.is_empty() {
                    self.set_slot(t, j, k);
                    j += 1;
                }
            }
            t
        };
        let mark = self.push_root(kwn);
        let args = self.st.stack.get(idx + 1).copied().unwrap_or(Value::NONE);
        let kw = self.st.stack.get(idx + 2).copied().unwrap_or(Value::NONE);
        let (src, npos) = list::seq_store(self, args).map_or((None, 0), |(s, n)| (Some(s), n));
        let need = idx + 1 + npos + nkw;
        if need > crate::vm::MAX_STACK {
            self.pop_roots(mark);
            return Err(self.recursion_error());
        }
        self.st.stack.truncate(idx + 1);
        if let Some(src) = src {
            let vals = self.heap.values(src);
            // Cannot fail: `need <= MAX_STACK` was checked above.
            let _ = self
                .st
                .stack
                .extend_from_slice(vals.get(..npos).unwrap_or(&[]));
        }
        if is_dict {
            for i in 0..dict::used(self, kw) {
                let (k, v) = dict::entry(self, kw, i);
                if !k.is_empty() {
                    // Cannot fail: `need <= MAX_STACK` counts the keywords.
                    let _ = self.st.stack.push(v);
                }
            }
        }
        let r = self.call_at(idx, npos, nkw, kwn, 0);
        self.pop_roots(mark);
        r
    }
}

/// Runs module-level code object `code` with `globals`; returns its value.
pub fn run_module_code(vm: &mut Vm, code: Value, globals: Value) -> PyResult<Value> {
    let f = func::new_function(vm, code, globals)?;
    vm.call(f, &[])
}

/// Runs a class body function with `ns` as its locals mapping.
pub fn run_class_body(vm: &mut Vm, body: Value, ns: Value) -> PyResult<Value> {
    let idx = vm.st.stack.len();
    if idx >= crate::vm::MAX_STACK || !vm.st.stack.push(body) {
        return Err(vm.recursion_error());
    }
    let r = vm.call_at(idx, 0, 0, Value::NONE, FL_ENTRY);
    let r = match r {
        Ok(Called::Pushed) => {
            if let Some(fr) = vm.st.frames.last_mut() {
                fr.locals = ns;
            }
            vm.st.reentry += 1;
            let r = vm.run();
            vm.st.reentry -= 1;
            r.map(|e| match e {
                Exit::Return(v) | Exit::Yield(v) => v,
            })
        }
        Ok(Called::Done(v)) => Ok(v),
        Err(e) => Err(e),
    };
    vm.st.stack.truncate(idx);
    r
}

/// The counter after `c` in a range loop with `step`: `c + step`, or
/// `stop` itself when that is past the small-int range (the loop then
/// ends at its next test, as `c + step` would be beyond `stop` anyway).
#[inline(always)]
fn range_step(c: i64, step: i64, stop: Value) -> Value {
    Value::int(c + step).unwrap_or(stop)
}
