//! Where bytecode lives: instruction words outside the collected heap.
//!
//! A code object's instructions never change after loading, so they are
//! kept in a table of shared, immutable slices ([`CodeSpace`]) and the code
//! object's `C_INSNS` field holds the slot number as a small int. The
//! interpreter loop clones the running code's slice (`Rc<[u32]>`, a
//! reference-count bump) when it enters a frame and fetches from it: no
//! heap bounds check, and no re-derivation after a collection, since the
//! compacting collector never moves these words.
//!
//! A slot is released when its code object dies: code objects carry the
//! heap's finaliser bit, so an unreachable one is handed back by
//! `Heap::pop_finalisable` and [`Vm::release_dead_code`] frees its slot
//! (called before new code is loaded, when memory runs out, and by
//! `gc.collect()`).

use crate::objects::func;
use crate::types::kind;
use crate::vm::Vm;
use alloc::rc::Rc;
use alloc::vec::Vec;
use pycopy_gc::Value;

/// The table of instruction slices (see the module docs).
pub struct CodeSpace {
    slots: Vec<Option<Rc<[u32]>>>,
    free: Vec<u32>,
    empty: Rc<[u32]>,
}

impl core::fmt::Debug for CodeSpace {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "CodeSpace({} live)", self.live())
    }
}

impl Default for CodeSpace {
    fn default() -> Self {
        Self::new()
    }
}

impl CodeSpace {
    /// An empty table.
    pub fn new() -> Self {
        CodeSpace {
            slots: Vec::new(),
            free: Vec::new(),
            empty: Rc::from(Vec::new()),
        }
    }

    /// Stores `words` and returns their slot number (a released slot is
    /// reused first).
    pub fn add(&mut self, words: &[u32]) -> u32 {
        let rc: Rc<[u32]> = Rc::from(words);
        if let Some(id) = self.free.pop() {
            if let Some(s) = self.slots.get_mut(id as usize) {
                *s = Some(rc);
                return id;
            }
        }
        self.slots.push(Some(rc));
        (self.slots.len() - 1) as u32
    }

    /// The slice in slot `id` (empty for a free or unknown slot).
    #[inline]
    pub fn get(&self, id: Value) -> Rc<[u32]> {
        match self.slot(id) {
            Some(rc) => Rc::clone(rc),
            None => Rc::clone(&self.empty),
        }
    }

    /// The words in slot `id` (empty for a free or unknown slot).
    #[inline]
    pub fn words(&self, id: Value) -> &[u32] {
        self.slot(id).map_or(&[], |rc| rc)
    }

    #[inline(always)]
    fn slot(&self, id: Value) -> Option<&Rc<[u32]>> {
        let i = usize::try_from(id.as_int()?).ok()?;
        self.slots.get(i)?.as_ref()
    }

    /// Frees slot `id` for reuse.
    pub fn release(&mut self, id: Value) {
        let Some(i) = id.as_int().and_then(|i| u32::try_from(i).ok()) else {
            return;
        };
        if let Some(s @ Some(_)) = self.slots.get_mut(i as usize) {
            *s = None;
            self.free.push(i);
        }
    }

    /// Number of slots in use.
    pub fn live(&self) -> usize {
        self.slots.len() - self.free.len()
    }
}

impl Vm {
    /// Releases the instruction slots of code objects the collector found
    /// unreachable (queued through their finaliser bit); returns how many
    /// objects left the queue (the next collection frees them).
    pub fn release_dead_code(&mut self) -> usize {
        let mut n = 0;
        while let Some(r) = self.heap.pop_finalisable() {
            if self.heap.kind(r) == kind::CODE {
                let id = self.heap.field(r, func::C_INSNS);
                self.code_space.release(id);
            }
            n += 1;
        }
        n
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_are_reused_after_release() {
        let mut cs = CodeSpace::new();
        let a = cs.add(&[1, 2, 3]);
        let b = cs.add(&[4]);
        assert_eq!(cs.words(Value::from_small(a as i32)), &[1, 2, 3]);
        assert_eq!(cs.live(), 2);
        cs.release(Value::from_small(a as i32));
        // Released twice: no double entry on the free list.
        cs.release(Value::from_small(a as i32));
        assert_eq!(cs.live(), 1);
        assert!(cs.words(Value::from_small(a as i32)).is_empty());
        let c = cs.add(&[9, 9]);
        assert_eq!(c, a);
        assert_eq!(&*cs.get(Value::from_small(c as i32)), &[9, 9]);
        assert_eq!(&*cs.get(Value::from_small(b as i32)), &[4]);
    }

    #[test]
    fn bad_ids_read_as_empty() {
        let cs = CodeSpace::new();
        assert!(cs.get(Value::NONE).is_empty());
        assert!(cs.words(Value::from_small(-1)).is_empty());
        assert!(cs.words(Value::from_small(7)).is_empty());
    }
}
