//! The value stack: one allocation made at start-up that never moves or
//! grows. Frames are windows of it (`base..base + nregs`); native calls
//! push their arguments on top.
//!
//! The buffer holds [`MAX_STACK`] slots plus [`WINDOW_SLACK`] more, all
//! initialised (zeroed, i.e. the float `0.0`, until first written; the
//! pages are only touched when used). Every frame base is at most
//! `MAX_STACK` and an instruction names a register with an 8-bit operand
//! (plus a small offset for operand ranges), so any register an
//! instruction can name lies inside the buffer: the interpreter reads
//! registers without bounds checks ([`ValueStack::reg`]) and the proof
//! does not depend on the bytecode being well formed.
//!
//! `len()` is the top: the collector scans `0..len` only. The live part
//! derefs to a slice, so `get`, `get_mut`, `iter_mut` work as on a `Vec`.

use crate::vm::MAX_STACK;
use alloc::boxed::Box;
use core::ops::{Deref, DerefMut};
use pycopy_gc::Value;

/// Slots past `MAX_STACK`: covers any register index an instruction can
/// name (masked to this range by [`Win::reg_index`]).
pub const WINDOW_SLACK: usize = 1024;

/// Total slots of the buffer.
const CAPACITY: usize = MAX_STACK + WINDOW_SLACK;

/// A frame's first-register index, clamped to `MAX_STACK` so that
/// `base + (i % WINDOW_SLACK)` is always inside the buffer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Win(usize);

impl Win {
    /// The window starting at stack index `base` (clamped; frames are only
    /// pushed with `base + nregs <= MAX_STACK`, so the clamp never changes
    /// a real frame's base).
    #[inline(always)]
    pub fn new(base: usize) -> Win {
        Win(base.min(MAX_STACK))
    }

    /// The stack index of the window's first register.
    #[inline(always)]
    pub fn base(self) -> usize {
        self.0
    }

    /// The stack index of register `i`. Register operands are below 512,
    /// so the mask never changes a real index; it bounds the result by
    /// `MAX_STACK + WINDOW_SLACK`.
    #[inline(always)]
    fn reg_index(self, i: usize) -> usize {
        self.0 + (i & (WINDOW_SLACK - 1))
    }
}

/// `base + i`: the stack index of register `i` (checked uses, e.g. call
/// argument positions).
impl core::ops::Add<usize> for Win {
    type Output = usize;
    #[inline(always)]
    fn add(self, i: usize) -> usize {
        self.0 + i
    }
}

/// The fixed value stack (see the module comment).
pub struct ValueStack {
    buf: Box<[Value]>,
    len: usize,
}

impl core::fmt::Debug for ValueStack {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "ValueStack(len {})", self.len)
    }
}

impl Default for ValueStack {
    fn default() -> Self {
        Self::new()
    }
}

impl ValueStack {
    /// An empty stack with its whole buffer allocated (zeroed memory: the
    /// operating system maps pages in as they are first written).
    pub fn new() -> Self {
        let buf = match bytemuck::allocation::try_zeroed_slice_box::<Value>(CAPACITY) {
            Ok(b) => b,
            // Could not get zeroed memory: an ordinary (touched) allocation.
            Err(()) => alloc::vec![Value::EMPTY; CAPACITY].into_boxed_slice(),
        };
        ValueStack { buf, len: 0 }
    }

    /// Register `i` of window `w`. Reads below `len()` are the frame's
    /// registers; a malformed instruction naming a register past the top
    /// reads a stale or zero slot, never outside the buffer.
    #[inline(always)]
    pub fn reg(&self, w: Win, i: usize) -> Value {
        let at = w.reg_index(i);
        debug_assert!(at < self.buf.len());
        // SAFETY: `w.0 <= MAX_STACK` (Win::new clamps) and
        // `i & (WINDOW_SLACK - 1) < WINDOW_SLACK`, so
        // `at < MAX_STACK + WINDOW_SLACK == self.buf.len()`.
        unsafe { *self.buf.get_unchecked(at) }
    }

    /// Writes register `i` of window `w` (see [`ValueStack::reg`]).
    #[inline(always)]
    pub fn set_reg(&mut self, w: Win, i: usize, v: Value) {
        let at = w.reg_index(i);
        debug_assert!(at < self.buf.len());
        // SAFETY: as in `reg`: `at < self.buf.len()`.
        unsafe {
            *self.buf.get_unchecked_mut(at) = v;
        }
    }

    /// Drops everything at index `n` and above (no-op if already shorter).
    #[inline(always)]
    pub fn truncate(&mut self, n: usize) {
        if n < self.len {
            self.len = n;
        }
    }

    /// Sets the top to `n`, filling new slots with `v` (capped at the
    /// buffer; callers check `MAX_STACK` first and raise).
    #[inline]
    pub fn resize(&mut self, n: usize, v: Value) {
        let n = n.min(self.buf.len());
        if n > self.len {
            if let Some(s) = self.buf.get_mut(self.len..n) {
                s.fill(v);
            }
        }
        self.len = n;
    }

    /// Opens a frame window ending at `end`: the top becomes `end` and every
    /// slot from `from` up is EMPTY (the slots below `from` already hold
    /// the call's arguments). One fill instead of a resize and a fill.
    #[inline(always)]
    pub fn open_window(&mut self, from: usize, end: usize) {
        let end = end.min(self.buf.len());
        let start = from.min(self.len).min(end);
        if let Some(s) = self.buf.get_mut(start..end) {
            s.fill(Value::EMPTY);
        }
        self.len = end;
    }

    /// Pushes `v`; false (nothing pushed) when the buffer is full.
    #[must_use]
    #[inline]
    pub fn push(&mut self, v: Value) -> bool {
        match self.buf.get_mut(self.len) {
            Some(s) => {
                *s = v;
                self.len += 1;
                true
            }
            None => false,
        }
    }

    /// Pushes all of `vals`; false (nothing pushed) when they do not fit.
    #[must_use]
    #[inline]
    pub fn extend_from_slice(&mut self, vals: &[Value]) -> bool {
        let end = self.len + vals.len();
        match self.buf.get_mut(self.len..end) {
            Some(s) => {
                s.copy_from_slice(vals);
                self.len = end;
                true
            }
            None => false,
        }
    }
}

impl Deref for ValueStack {
    type Target = [Value];
    #[inline(always)]
    fn deref(&self) -> &[Value] {
        self.buf.get(..self.len).unwrap_or(&[])
    }
}

impl DerefMut for ValueStack {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut [Value] {
        let n = self.len;
        self.buf.get_mut(..n).unwrap_or(&mut [])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registers_far_past_the_top_stay_inside_the_buffer() {
        let mut s = ValueStack::new();
        // A window at the very end: any 8-bit operand (and more) is inside.
        let w = Win::new(usize::MAX);
        assert_eq!(w.base(), MAX_STACK);
        for i in [0, 1, 255, 511, WINDOW_SLACK - 1, WINDOW_SLACK, 100_000] {
            s.set_reg(w, i, Value::from_small(7));
            assert_eq!(s.reg(w, i), Value::from_small(7));
        }
        assert_eq!(s.len(), 0);
    }

    #[test]
    fn push_resize_truncate_keep_the_live_part() {
        let mut s = ValueStack::new();
        assert!(s.push(Value::TRUE));
        assert!(s.extend_from_slice(&[Value::NONE, Value::FALSE]));
        assert_eq!(&s[..], &[Value::TRUE, Value::NONE, Value::FALSE]);
        s.truncate(1);
        s.resize(3, Value::EMPTY);
        assert_eq!(&s[..], &[Value::TRUE, Value::EMPTY, Value::EMPTY]);
        let w = Win::new(1);
        s.set_reg(w, 1, Value::from_small(3));
        assert_eq!(s.get(2), Some(&Value::from_small(3)));
    }

    #[test]
    fn a_window_keeps_the_arguments_and_clears_the_rest() {
        let mut s = ValueStack::new();
        assert!(s.extend_from_slice(&[Value::TRUE, Value::from_small(1), Value::from_small(2)]));
        // Arguments at 1..3; a window of 5 registers from 1.
        s.open_window(3, 6);
        let want = [
            Value::TRUE,
            Value::from_small(1),
            Value::from_small(2),
            Value::EMPTY,
            Value::EMPTY,
            Value::EMPTY,
        ];
        assert_eq!(&s[..], &want);
        // A smaller window drops the top, and stale slots are cleared.
        s.open_window(2, 4);
        assert_eq!(
            &s[..],
            &[
                Value::TRUE,
                Value::from_small(1),
                Value::EMPTY,
                Value::EMPTY
            ]
        );
        s.truncate(1);
        s.open_window(5, 3);
        assert_eq!(&s[..], &[Value::TRUE, Value::EMPTY, Value::EMPTY]);
    }

    #[test]
    fn the_stack_never_grows_past_its_buffer() {
        let mut s = ValueStack::new();
        s.resize(usize::MAX, Value::NONE);
        assert_eq!(s.len(), CAPACITY);
        assert!(!s.push(Value::NONE));
        assert!(!s.extend_from_slice(&[Value::NONE]));
        assert_eq!(s.len(), CAPACITY);
    }
}
