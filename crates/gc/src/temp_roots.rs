//! The heap's temp-root stack: values native code holds across an
//! allocating call. The heap traces these slots itself and rewrites them when
//! the compacting collector moves their objects.

use crate::heap::{GcRef, Heap, RootIndex, RootMark};
use crate::value::Value;

impl Heap {
    /// Pushes `v` on the temp-root stack (traced, and rewritten when it moves).
    pub fn push_root(&mut self, v: Value) -> RootIndex {
        let i = self.temp_roots.len() as u32;
        self.temp_roots.push(v);
        RootIndex(i)
    }

    /// The current value of temp root `i` (`Value::EMPTY` if popped).
    #[inline]
    pub fn root(&self, i: RootIndex) -> Value {
        self.temp_roots
            .get(i.0 as usize)
            .copied()
            .unwrap_or(Value::EMPTY)
    }

    /// The current reference in temp root `i`, if it holds one.
    #[inline]
    pub fn root_ref(&self, i: RootIndex) -> Option<GcRef> {
        self.root(i).as_ref()
    }

    /// Replaces temp root `i` (ignored if popped).
    pub fn set_root(&mut self, i: RootIndex, v: Value) {
        if let Some(s) = self.temp_roots.get_mut(i.0 as usize) {
            *s = v;
        }
    }

    /// Pops the top temp root.
    pub fn pop_root(&mut self) -> Option<Value> {
        self.temp_roots.pop()
    }

    /// The current height of the temp-root stack.
    pub fn root_mark(&self) -> RootMark {
        RootMark(self.temp_roots.len() as u32)
    }

    /// Pops temp roots down to `mark`.
    pub fn truncate_roots(&mut self, mark: RootMark) {
        self.temp_roots.truncate(mark.0 as usize);
    }
}
