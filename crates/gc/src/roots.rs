//! Precise roots: the [`RootSet`] trait through which the heap's owner hands
//! every root slot to the collector.

use crate::value::Value;
use alloc::vec::Vec;

/// Everything outside the heap that holds values: the VM's value stack and
/// frames, globals, module table, exception state, ...
///
/// `visit_roots` must hand **every** slot that may hold a heap reference to
/// `visitor`, by `&mut`, once per call: the compacting collector rewrites the
/// slot in place when the object moves, and calls `visit_roots` twice per
/// collection (once to mark, once to update). A slot not handed over is not
/// a root: its object may be reclaimed or moved under it.
pub trait RootSet {
    /// Hands each root slot to `visitor`.
    fn visit_roots(&mut self, visitor: &mut dyn FnMut(&mut Value));
}

/// A root set with no roots.
#[derive(Clone, Copy, Debug, Default)]
pub struct NoRoots;

impl RootSet for NoRoots {
    fn visit_roots(&mut self, _visitor: &mut dyn FnMut(&mut Value)) {}
}

impl RootSet for [Value] {
    fn visit_roots(&mut self, visitor: &mut dyn FnMut(&mut Value)) {
        for v in self.iter_mut() {
            visitor(v);
        }
    }
}

impl<const N: usize> RootSet for [Value; N] {
    fn visit_roots(&mut self, visitor: &mut dyn FnMut(&mut Value)) {
        self.as_mut_slice().visit_roots(visitor);
    }
}

impl RootSet for Vec<Value> {
    fn visit_roots(&mut self, visitor: &mut dyn FnMut(&mut Value)) {
        self.as_mut_slice().visit_roots(visitor);
    }
}

impl RootSet for Value {
    fn visit_roots(&mut self, visitor: &mut dyn FnMut(&mut Value)) {
        visitor(self);
    }
}

impl<R: RootSet + ?Sized> RootSet for &mut R {
    fn visit_roots(&mut self, visitor: &mut dyn FnMut(&mut Value)) {
        (**self).visit_roots(visitor);
    }
}

impl<A: RootSet, B: RootSet> RootSet for (A, B) {
    fn visit_roots(&mut self, visitor: &mut dyn FnMut(&mut Value)) {
        self.0.visit_roots(visitor);
        self.1.visit_roots(visitor);
    }
}
