//! Small direct-mapped caches: `__new__`/`__init__` lookups for class
//! instantiation, so `C(a, b)` does not walk the MRO (one dict probe per
//! class) twice on every call, and `class::lookup` results for the inline
//! caches' miss paths.
//!
//! The cache holds class references outside the root set, so an entry is
//! valid only while nothing could have changed or moved the class: the
//! class-dict epoch (`State::epoch`, bumped by any class-dict mutation) and
//! the heap's collection count (a collection may free or move the class)
//! must both equal the values recorded when the entry was filled.
//! Tested by `tests/cases/lang/ctor_cache.py` (methods replaced or added
//! after instances were made, many classes, collections in between).

use crate::objects::class;
use crate::qstr::q;
use crate::vm::Vm;
use pycopy_gc::Value;

/// Number of entries (a power of two).
const SIZE: usize = 16;

/// One cached class: its `__new__` and `__init__` as `class::lookup` found
/// them.
#[derive(Clone, Copy, Debug)]
struct Entry {
    cls: Value,
    epoch: u64,
    gcs: u64,
    new: Option<Value>,
    init: Option<Value>,
}

const EMPTY: Entry = Entry {
    cls: Value::NONE,
    epoch: u64::MAX,
    gcs: u64::MAX,
    new: None,
    init: None,
};

/// The cache (one per VM).
#[derive(Clone, Debug)]
pub struct CtorCache {
    entries: [Entry; SIZE],
}

impl Default for CtorCache {
    fn default() -> Self {
        CtorCache {
            entries: [EMPTY; SIZE],
        }
    }
}

#[inline(always)]
fn slot_of(cls: Value) -> usize {
    cls.as_ref()
        .map_or(0, |r| (r.offset() as usize >> 3) & (SIZE - 1))
}

/// `(class::lookup(cls, "__new__"), class::lookup(cls, "__init__"))`,
/// answered from the cache when it is still valid.
#[inline]
pub fn new_and_init(vm: &mut Vm, cls: Value) -> (Option<Value>, Option<Value>) {
    let i = slot_of(cls);
    let (epoch, gcs) = (vm.st.epoch, vm.heap.collections());
    if let Some(e) = vm.ctor_cache.entries.get(i) {
        if e.cls == cls && e.epoch == epoch && e.gcs == gcs && !cls.is_none() {
            return (e.new, e.init);
        }
    }
    let new = class::lookup(vm, cls, Value::qstr(q::D_NEW));
    let init = class::lookup(vm, cls, Value::qstr(q::D_INIT));
    if let Some(e) = vm.ctor_cache.entries.get_mut(i) {
        *e = Entry {
            cls,
            epoch,
            gcs,
            new,
            init,
        };
    }
    (new, init)
}

/// Number of entries of the attribute-lookup table (a power of two).
const LSIZE: usize = 64;

/// One cached `class::lookup(cls, name)` result.
#[derive(Clone, Copy, Debug)]
struct LEntry {
    cls: Value,
    name: Value,
    epoch: u64,
    gcs: u64,
    found: Option<Value>,
}

const LEMPTY: LEntry = LEntry {
    cls: Value::NONE,
    name: Value::NONE,
    epoch: u64::MAX,
    gcs: u64::MAX,
    found: None,
};

/// A direct-mapped cache of `class::lookup` for user classes (one per VM),
/// valid under the same rule as the constructor cache: same class-dict
/// epoch, no collection since the entry was filled. It serves the inline
/// caches' miss paths, where polymorphic sites (one `self.x` seen with
/// several subclasses) would otherwise walk the MRO on every miss.
#[derive(Clone, Debug)]
pub struct LookupCache {
    entries: [LEntry; LSIZE],
}

impl Default for LookupCache {
    fn default() -> Self {
        LookupCache {
            entries: [LEMPTY; LSIZE],
        }
    }
}

/// `class::lookup(cls, name)`, answered from the lookup cache when valid.
#[inline]
pub fn lookup(vm: &mut Vm, cls: Value, name: Value) -> Option<Value> {
    let (Some(r), Some(nq)) = (cls.as_ref(), name.as_qstr()) else {
        return class::lookup(vm, cls, name);
    };
    let i = ((r.offset() as usize >> 3) ^ (nq as usize).wrapping_mul(7)) & (LSIZE - 1);
    let (epoch, gcs) = (vm.st.epoch, vm.heap.collections());
    if let Some(e) = vm.lookup_cache.entries.get(i) {
        if e.cls == cls && e.name == name && e.epoch == epoch && e.gcs == gcs {
            return e.found;
        }
    }
    let found = class::lookup(vm, cls, name);
    if let Some(e) = vm.lookup_cache.entries.get_mut(i) {
        *e = LEntry {
            cls,
            name,
            epoch,
            gcs,
            found,
        };
    }
    found
}

/// [`lookup`] including `object`'s methods, as `class::lookup_full`.
#[inline]
pub fn lookup_full(vm: &mut Vm, cls: Value, name: Value) -> Option<Value> {
    lookup(vm, cls, name)
        .or_else(|| class::slot_lookup(vm, cls, name))
        .or_else(|| {
            name.as_qstr()
                .and_then(|n| class::static_method(crate::types::TypeId::Object, n))
        })
}
