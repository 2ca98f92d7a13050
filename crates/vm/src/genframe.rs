//! Generator frames inside the interpreter loop.
//!
//! A suspended generator's registers live inline in the generator object
//! (from slot `G_REGS`); resuming copies them onto the value stack as a new
//! frame window and yielding copies them back, each as one slice copy next
//! to the state slots (one header decode). The object also keeps its code's
//! instruction, constant, name and cache blocks, so a resume builds the
//! frame from the generator alone (`gen_push_frame`), and a `Yield` into a
//! `for` loop or out of an entry frame takes an inline path
//! (`gen_yield_fast`) that reads only the frame fields it needs; `do_yield`
//! (interp.rs) handles `yield from` chains.
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

use crate::objects::func::{
    G_CACHES, G_CODE, G_CONSTS, G_FUNC, G_GLOBALS, G_HANDLED, G_INSNS, G_NAMES, G_PC, G_REGS,
    G_STATE,
};
use crate::types::kind;
use crate::vm::{Frame, Vm, MAX_FRAMES, MAX_STACK};
use pycopy_compiler::bytecode as bc;
use pycopy_gc::Value;

/// What [`Vm::gen_yield_fast`] did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum GenYield {
    /// Not handled (a `yield from` frame): nothing changed.
    Slow,
    /// Suspended into a `for` loop: switch to the caller's frame.
    Loop,
    /// Suspended an entry frame: leave the interpreter loop.
    Exit,
}

/// `G_STATE` of a generator that has not started yet.
const NEW: Value = Value::from_small(0);
/// `G_STATE` of a running generator (its frame is on the frame stack).
const RUNNING: Value = Value::from_small(1);
/// `G_STATE` of a generator suspended at a yield.
const SUSPENDED: Value = Value::from_small(2);

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
        if self.st.frames.len() >= MAX_FRAMES {
            return false;
        }
        self.gen_push(g, Some(v), ret, 0, false, yield_from)
    }

    /// `ForIter`'s generator case: pushes `g`'s frame as a loop frame
    /// whose yields store into the caller's stack slot `ret` and continue
    /// the caller at `body` (its loop body). False as [`Vm::gen_push_loop`].
    #[inline(always)]
    pub(crate) fn gen_push_loop_at(&mut self, g: Value, ret: usize, body: u32) -> bool {
        if self.st.frames.len() >= MAX_FRAMES {
            return false;
        }
        self.gen_push(g, Some(Value::NONE), ret, body, false, false)
    }

    /// Copies generator `g`'s saved registers onto the stack and pushes its
    /// frame, storing `send` (if any) into the yield's result register when
    /// suspended (`None`: a `throw`, the caller raises in the frame). Marks
    /// it running. False (nothing changed) when `g` is not a generator,
    /// cannot take `send` (running, finished, or new and `send` is not
    /// None) or the stack limit is reached.
    ///
    /// The frame is built from the generator object alone (one header
    /// decode): it keeps copies of its code's blocks (`G_INSNS`..).
    pub(crate) fn gen_push_frame(
        &mut self,
        g: Value,
        send: Option<Value>,
        ret: usize,
        entry: bool,
        yield_from: bool,
    ) -> bool {
        self.gen_push(g, send, ret, 0, entry, yield_from)
    }

    /// [`Vm::gen_push_frame`] with the loop frame's `resume` pc.
    #[inline(always)]
    fn gen_push(
        &mut self,
        g: Value,
        send: Option<Value>,
        ret: usize,
        resume: u32,
        entry: bool,
        yield_from: bool,
    ) -> bool {
        let Some(gr) = g.as_ref() else {
            return false;
        };
        let (k, gv) = self.heap.kind_values(gr);
        let Some((head, saved)) = gv.split_first_chunk::<G_REGS>() else {
            return false;
        };
        let state = head[G_STATE];
        let fresh = state == NEW && send.is_none_or(|v| v.is_none() || v.is_empty());
        if k != kind::GEN || !(state == SUSPENDED || fresh) {
            return false;
        }
        let base = self.st.stack.len();
        let nregs = saved.len();
        if base + nregs > MAX_STACK || !self.st.stack.extend_from_slice(saved) {
            return false;
        }
        let frame = Frame {
            code: head[G_CODE],
            func: head[G_FUNC],
            globals: head[G_GLOBALS],
            locals: Value::NONE,
            insns: head[G_INSNS],
            consts: head[G_CONSTS],
            names: head[G_NAMES],
            caches: head[G_CACHES],
            gen: g,
            pc: head[G_PC].as_int().unwrap_or(0) as u32,
            base: base as u32,
            ret: ret as u32,
            nregs: nregs as u32,
            resume,
            entry,
            init: false,
            yield_from,
        };
        if let (Some(v), false) = (send, fresh) {
            let hs = head[G_HANDLED].as_int().unwrap_or(0) as usize;
            if let Some(s) = self.st.stack.get_mut(base + (hs & 0xff)) {
                *s = v;
            }
        }
        self.heap.set_field(gr, G_STATE, RUNNING);
        self.st.frames.push(frame);
        true
    }

    /// Suspends the generator frame `f` (already popped): saves its
    /// registers, resume pc and yield result register (`sendreg`, with
    /// `from` for a `YieldFrom`), and drops its window.
    #[inline]
    pub(crate) fn gen_save(&mut self, f: &Frame, resume_pc: usize, sendreg: usize, from: bool) {
        self.gen_suspend(
            f.gen,
            f.base as usize,
            f.nregs as usize,
            resume_pc,
            sendreg,
            from,
        );
    }

    /// [`Vm::gen_save`] for generator `gen` whose window is
    /// `base..base + nregs`.
    #[inline(always)]
    fn gen_suspend(
        &mut self,
        gen: Value,
        base: usize,
        nregs: usize,
        resume_pc: usize,
        sendreg: usize,
        from: bool,
    ) {
        if let (Some(gr), Some(src)) = (gen.as_ref(), self.st.stack.get(base..base + nregs)) {
            // One header decode: state slots and registers in the same object.
            let dst = self.heap.values_mut(gr);
            if let Some((head, regs)) = dst.split_first_chunk_mut::<G_REGS>() {
                head[G_PC] = Value::from_small(resume_pc as i32);
                head[G_STATE] = SUSPENDED;
                head[G_HANDLED] = Value::from_small(sendreg as i32 | (i32::from(from) << 8));
                copy_regs(regs, src);
            }
        }
        self.st.stack.truncate(base);
    }

    /// `Yield` in a `ForIter` loop frame or an entry frame (the common
    /// cases, kept out of `do_yield`): suspends the generator on top
    /// (resuming at `resume_pc`, the sent value going to register
    /// `sendreg`; `from` for a `YieldFrom` passing on its delegate's value,
    /// run again when resumed). A loop frame stores `v` into the loop's target register
    /// and continues the caller at its loop body ([`GenYield::Loop`]); an
    /// entry frame leaves the interpreter loop with `v`
    /// ([`GenYield::Exit`]). [`GenYield::Slow`] (nothing changed) for
    /// `yield from` frames.
    #[inline(always)]
    pub(crate) fn gen_yield_fast(
        &mut self,
        v: Value,
        sendreg: usize,
        resume_pc: usize,
        from: bool,
    ) -> GenYield {
        let n = self.st.frames.len();
        // Only the fields needed (no copy of the whole frame).
        let (gen, base, nregs, ret, resume, entry) = match self.st.frames.last() {
            Some(f) if !f.yield_from && (f.entry || n > 1) => (
                f.gen,
                f.base as usize,
                f.nregs as usize,
                f.ret as usize,
                f.resume,
                f.entry,
            ),
            _ => return GenYield::Slow,
        };
        self.st.frames.truncate(n - 1);
        self.gen_suspend(gen, base, nregs, resume_pc, sendreg, from);
        if entry {
            return GenYield::Exit;
        }
        let Some(c) = self.st.frames.last_mut() else {
            return GenYield::Exit;
        };
        c.pc = resume;
        let end = c.base as usize + c.nregs as usize;
        self.st.stack.truncate(end);
        if self.st.stack.len() < end {
            self.st.stack.resize(end, Value::EMPTY);
        }
        if let Some(s) = self.st.stack.get_mut(ret) {
            *s = v;
        }
        GenYield::Loop
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

/// Copies a generator's registers (`src` into `dst`, equal lengths; nothing
/// when they differ). Generators have few registers: small windows are
/// copied by fixed-size moves instead of a `memcpy` call.
#[inline(always)]
fn copy_regs(dst: &mut [Value], src: &[Value]) {
    macro_rules! fixed {
        ($n:literal) => {
            if let (Some(d), Some(s)) = (dst.first_chunk_mut::<$n>(), src.first_chunk::<$n>()) {
                *d = *s;
            }
        };
    }
    if dst.len() != src.len() {
        return;
    }
    match src.len() {
        0 => {}
        1 => fixed!(1),
        2 => fixed!(2),
        3 => fixed!(3),
        4 => fixed!(4),
        5 => fixed!(5),
        6 => fixed!(6),
        7 => fixed!(7),
        8 => fixed!(8),
        _ => dst.copy_from_slice(src),
    }
}
