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
//!
//! [`class_info`] keeps a few facts about a user class in the class itself
//! (slots `class::INFO_*`, stamped with the class-dict epoch, so they move
//! with the class and any class mutation invalidates them): whether it is
//! an exception class, whether calling it can take the instantiation fast
//! path (`instantiate.rs`), and whether its instances' attributes are plain
//! (stores and loads of instance attributes need no class lookup).

use crate::objects::{class, dict, func};
use crate::qstr::q;
use crate::types::{kind, TypeId};
use crate::vm::Vm;
use pycopy_gc::Value;

/// Class fact: an exception class (instances are exception objects).
pub const F_EXC: i64 = 1;
/// Class fact: `__new__` is `object.__new__`, no builtin base, and
/// `__init__` is a plain Python function (not a generator), kept in slot
/// `class::INFO_INIT`: calling the class allocates the instance and pushes
/// the `__init__` frame directly.
pub const F_FAST: i64 = 2;
/// Class fact: no builtin base, no `__setattr__`, `__getattribute__` or
/// `__slots__`, and no property anywhere in the MRO: an instance attribute
/// is read and written in the instance alone (the caches' polymorphic
/// path, which cannot rely on one cached class).
pub const F_PLAIN: i64 = 4;

/// The `F_*` facts of user class `cls` (a `kind::CLASS` value), recomputed
/// when a class dict changed since they were stored in the class.
#[inline]
pub fn class_info(vm: &mut Vm, cls: Value) -> i64 {
    if let Some(r) = cls.as_ref() {
        let vals = vm.heap.values(r);
        if let (Some(ep), Some(fl)) = (vals.get(class::INFO_EPOCH), vals.get(class::INFO_FLAGS)) {
            if ep.as_int() == Some(vm.st.epoch as i64) {
                return fl.as_int().unwrap_or(0);
            }
        }
    }
    refresh_info(vm, cls)
}

/// Computes and stores the facts of [`class_info`] (no allocation).
#[cold]
#[inline(never)]
fn refresh_info(vm: &mut Vm, cls: Value) -> i64 {
    if vm.kind_of(cls) != kind::CLASS {
        return 0;
    }
    let is_exc = crate::objects::exc::is_exc_type(vm, cls);
    let plain_base = !is_exc && vm.builtin_base(cls) == TypeId::Object;
    let mut flags = if is_exc { F_EXC } else { 0 };
    let mut init_fn = Value::NONE;
    if plain_base && class::lookup(vm, cls, Value::qstr(q::D_NEW)).is_none() {
        if let Some(init) = class::lookup(vm, cls, Value::qstr(q::D_INIT)) {
            if vm.kind_of(init) == kind::FUNC {
                let code = vm.slot(init, func::F_CODE);
                let info = func::code_info(vm, code);
                if info.flags & (crate::types::GENERATOR | crate::types::COROUTINE) == 0 {
                    flags |= F_FAST;
                    init_fn = init;
                }
            }
        }
    }
    let special = [q::D_SETATTR, q::D_GETATTRIBUTE, q::D_SLOTS, q::D_DELATTR];
    if plain_base
        && special
            .iter()
            .all(|n| class::lookup(vm, cls, Value::qstr(*n)).is_none())
        && !has_property(vm, cls)
    {
        flags |= F_PLAIN;
    }
    let ep = Value::int(vm.st.epoch as i64).unwrap_or(Value::from_small(-1));
    vm.set_slot(cls, class::INFO_EPOCH, ep);
    vm.set_slot(cls, class::INFO_FLAGS, Value::from_small(flags as i32));
    vm.set_slot(cls, class::INFO_INIT, init_fn);
    flags
}

/// Whether an instance attribute `n` of user class `cls` found in the
/// instance is the attribute's value (what the `GetAttr`/`SetAttr` caches
/// may keep): the class is `F_PLAIN` or has no attribute `n` at all.
#[inline]
pub fn plain_attr(vm: &mut Vm, cls: Value, n: Value) -> bool {
    (vm.kind_of(cls) == kind::CLASS && class_info(vm, cls) & F_PLAIN != 0)
        || lookup(vm, cls, n).is_none()
}

/// Whether a class dict along the MRO of `cls` holds a property.
fn has_property(vm: &Vm, cls: Value) -> bool {
    class::mro_list(vm, cls).into_iter().any(|c| {
        vm.kind_of(c) == kind::CLASS
            && dict::pairs(vm, vm.slot(c, class::DICT))
                .iter()
                .any(|(_, v)| vm.kind_of(*v) == kind::PROPERTY)
    })
}

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
    /// `super().<name>` method lookups (see [`super_method`]).
    supers: [SEntry; SSIZE],
}

impl Default for CtorCache {
    fn default() -> Self {
        CtorCache {
            entries: [EMPTY; SIZE],
            supers: [SEMPTY; SSIZE],
        }
    }
}

/// Number of `super()` method entries (a power of two).
const SSIZE: usize = 16;

/// One cached `class::super_method` answer: the function found after
/// class `start` along the MRO of type `t`.
#[derive(Clone, Copy, Debug)]
struct SEntry {
    t: Value,
    start: Value,
    name: Value,
    epoch: u64,
    gcs: u64,
    found: Option<Value>,
}

const SEMPTY: SEntry = SEntry {
    t: Value::NONE,
    start: Value::NONE,
    name: Value::NONE,
    epoch: u64::MAX,
    gcs: u64::MAX,
    found: None,
};

/// `class::super_method(sup, name)` (a method call on `super()`),
/// answered from the cache when valid (same class-dict epoch, no
/// collection since the entry was filled).
#[inline]
pub fn super_method(vm: &mut Vm, sup: Value, name: Value) -> Option<(Value, Value)> {
    let (start, obj) = (vm.slot(sup, 0), vm.slot(sup, 1));
    let t = vm.type_of(obj);
    let (Some(tr), Some(sr), Some(nq)) = (t.as_ref(), start.as_ref(), name.as_qstr()) else {
        return class::super_method(vm, sup, name);
    };
    let i = ((tr.offset() as usize >> 3) ^ (sr.offset() as usize >> 2) ^ nq as usize) & (SSIZE - 1);
    let (epoch, gcs) = (vm.st.epoch, vm.heap.collections());
    if let Some(e) = vm.ctor_cache.supers.get(i) {
        if e.t == t && e.start == start && e.name == name && e.epoch == epoch && e.gcs == gcs {
            // (Only objects that are not types fill entries, so a hit is
            // for an instance of user class `t`, as the fill was.)
            return e.found.map(|f| (f, obj));
        }
    }
    let r = class::super_method(vm, sup, name);
    if vm.kind_of(t) == kind::CLASS && !vm.is_type(obj) {
        if let Some(e) = vm.ctor_cache.supers.get_mut(i) {
            *e = SEntry {
                t,
                start,
                name,
                epoch,
                gcs,
                found: r.map(|(f, _)| f),
            };
        }
    }
    r
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
