//! Generator frames inside the interpreter loop.
//!
//! A suspended generator's registers live inline in the generator object
//! (from slot `G_REGS`); resuming copies them onto the value stack as a new
//! frame window and yielding copies them back, each as one slice copy next
//! to the state slots (one header decode).
//!
//! Two ways to resume:
//! - **Entry frames** (`Frame::entry`): `Vm::gen_resume` (used by `next()`,
//!   `send`/`throw`/`close` and native consumers such as `sum`/`list`) runs
//!   the frame in a nested `run()`, which returns at the yield or return.
//! - **Loop frames** (not `entry`): `for x in gen` (`ForIter`) and
//!   `yield from gen` (`YieldFrom`) push the generator's frame in the same
//!   `run_frame` loop, like a Python call, with no Rust recursion:
//!   - a `ForIter` frame (`Frame::yield_from` clear) stores each yielded
//!     value into the caller's register `Frame::ret` and jumps the caller
//!     back to its loop body (`Frame::resume`, set when the `ForIter`
//!     pushed the frame: loops are tested at the bottom);
//!     returning lets the caller fall through after its `ForIter`;
//!   - a `yield from` frame (`Frame::yield_from` set) makes the delegating
//!     generator (the frame below) yield the same value, suspended at its
//!     `YieldFrom` instruction so the next resume delegates again;
//!     returning stores the return value into the delegating frame's
//!     `YieldFrom` result register (`Frame::ret`).
//!
//! An exception leaving a loop frame unwinds into the frame below, as from a
//! call; a `StopIteration` becomes `RuntimeError` (PEP 479) on the way.
//!
//! The generator's state slot is 1 (running) while its frame is on the
//! frame stack, so re-entering it raises "generator already executing"
//! through the slow path; the frame stack depth is bounded by
//! `vm::MAX_FRAMES` for loop frames too.

use crate::objects::func::{G_CODE, G_FUNC, G_GLOBALS, G_HANDLED, G_PC, G_REGS, G_STATE};
use crate::types::kind;
use crate::vm::{Frame, Vm, MAX_FRAMES, MAX_STACK};
use pycopy_compiler::bytecode as bc;
use pycopy_gc::Value;

impl Vm {
    /// Pushes generator `g`'s frame as a loop frame (see the module doc),
    /// sending `v` into a suspended generator. False (nothing pushed, no
    /// error raised) when the slow path must handle it: not a generator,
    /// running or finished, a non-None value sent to a new generator, or the
    /// frame or stack limit reached (the slow path raises the error).
    #[inline]
    pub(crate) fn gen_push_loop(
        &mut self,
        g: Value,
        v: Value,
        ret: usize,
        yield_from: bool,
    ) -> bool {
        let Some(gr) = g.as_ref() else {
            return false;
        };
        let (k, gv) = self.heap.kind_values(gr);
        if k != kind::GEN {
            return false;
        }
        let state = gv.get(G_STATE).and_then(|s| s.as_int()).unwrap_or(3);
        if !(state == 2 || (state == 0 && (v.is_none() || v.is_empty()))) {
            return false;
        }
        if self.st.frames.len() >= MAX_FRAMES {
            return false;
        }
        self.gen_push_frame(g, state, Some(v), ret, false, yield_from)
    }

    /// Copies generator `g`'s saved registers onto the stack and pushes its
    /// frame (state `state`, 0 or 2, checked by the caller), storing `send`
    /// (if any) into the yield's result register when suspended. Marks it
    /// running.
    /// False when the stack limit is reached or `g` is malformed.
    pub(crate) fn gen_push_frame(
        &mut self,
        g: Value,
        state: i64,
        send: Option<Value>,
        ret: usize,
        entry: bool,
        yield_from: bool,
    ) -> bool {
        let Some(gr) = g.as_ref() else {
            return false;
        };
        // One header decode for the generator (fixed slots and registers)
        // and one for its code.
        let gv = self.heap.values(gr);
        let slot = |i: usize| gv.get(i).copied().unwrap_or(Value::NONE);
        let (fv, code, pc, hs, globals) = (
            slot(G_FUNC),
            slot(G_CODE),
            slot(G_PC),
            slot(G_HANDLED),
            slot(G_GLOBALS),
        );
        let saved = gv.get(G_REGS..).unwrap_or(&[]);
        let nregs = saved.len();
        let pc = pc.as_int().unwrap_or(0) as u32;
        let hs = hs.as_int().unwrap_or(0) as usize;
        let Some(cr) = code.as_ref() else {
            return false;
        };
        let base = self.st.stack.len();
        if base + nregs > MAX_STACK {
            return false;
        }
        let frame = Frame {
            gen: g,
            pc,
            entry,
            yield_from,
            ..Frame::for_code(
                fv,
                code,
                |i| self.heap.field(cr, i),
                globals,
                base,
                ret,
                nregs,
            )
        };
        if !self.st.stack.extend_from_slice(saved) {
            return false;
        }
        if let (2, Some(v)) = (state, send) {
            if let Some(s) = self.st.stack.get_mut(base + (hs & 0xff)) {
                *s = v;
            }
        }
        self.st.frames.push(frame);
        self.set_slot(g, G_STATE, Value::from_small(1));
        true
    }

    /// Suspends the generator frame `f` (already popped): saves its
    /// registers, resume pc and yield result register (`sendreg`, with
    /// `from` for a `YieldFrom`), and drops its window.
    pub(crate) fn gen_save(&mut self, f: &Frame, resume_pc: usize, sendreg: usize, from: bool) {
        let nregs = f.nregs as usize;
        let base = f.base as usize;
        let (Some(gr), Some(src)) = (f.gen.as_ref(), self.st.stack.get(base..base + nregs)) else {
            self.st.stack.truncate(base);
            return;
        };
        let head = [
            Value::from_small(resume_pc as i32),
            Value::from_small(2),
            Value::from_small(sendreg as i32 | (i32::from(from) << 8)),
        ];
        // One header decode: state slots and registers in the same object.
        let dst = self.heap.values_mut(gr);
        if let Some(d) = dst.get_mut(G_PC..=G_HANDLED) {
            d.copy_from_slice(&head);
        }
        if let Some(d) = dst.get_mut(G_REGS..G_REGS + nregs) {
            d.copy_from_slice(src);
        }
        self.st.stack.truncate(base);
    }

    /// After a `yield from` loop frame yielded (and was popped): the
    /// delegating frame on top is suspended at its `YieldFrom` (just before
    /// its pc). Returns that frame's resume pc and result register.
    pub(crate) fn gen_delegator_yield_point(&self) -> Option<(usize, usize)> {
        let o = self.st.frames.last()?;
        let opc = (o.pc as usize).checked_sub(1)?;
        let w = self.insn_at(o.insns, opc);
        Some((opc, bc::arg_b(w)))
    }
}
