//! Inline-cache hits of `GetAttr`, `SetAttr` and `LoadMethod`.
//!
//! Each of these instructions owns four words of its code's cache block:
//! `[class or type, class-dict epoch, x, name]`, where `x` is the index of
//! the instance's `(name, value)` pair (attribute loads and stores) or the
//! method (method loads). The fill paths in `interp.rs` write them after a
//! full lookup; the hit paths here check them with one decode of the
//! object and one of the cache block, comparing the cached name instead of
//! reading it from the code's name tuple.

use crate::ctor_cache::F_PLAIN;
use crate::objects::class::{INFO_EPOCH, INFO_FLAGS, I_DICT, I_PAIRS};
use crate::types::kind;
use crate::vm::Vm;
use pycopy_gc::{GcRef, Value};

impl Vm {
    /// The four cache words of site `ci` (None past the block).
    #[inline(always)]
    fn site(&self, caches: Value, ci: usize) -> Option<[Value; 4]> {
        // The compiler sized the cache block for its sites: fields.
        let cr = caches.as_ref()?;
        Some([0, 1, 2, 3].map(|j| self.heap.field(cr, ci * 4 + j)))
    }

    /// Fills site `ci` with `[key, current epoch, x, name]` (the fill paths
    /// in `interp.rs`, after a full lookup).
    pub(crate) fn fill_site(
        &mut self,
        caches: Value,
        ci: usize,
        key: Value,
        x: Value,
        name: Value,
    ) {
        let ep = Value::int(self.st.epoch as i64).unwrap_or(Value::NONE);
        for (j, w) in [key, ep, x, name].into_iter().enumerate() {
            self.set_slot(caches, ci * 4 + j, w);
        }
    }

    /// Whether cache word `ep` holds the current class-dict epoch.
    #[inline(always)]
    fn epoch_is(&self, ep: Value) -> bool {
        ep.as_int() == Some(self.st.epoch as i64)
    }

    /// Whether user class `c` has the `F_PLAIN` fact, as stored in the
    /// class for the current epoch (a stale entry answers false: the miss
    /// path refreshes it). Out of line: the hit paths call it only for an
    /// instance of another class than the cached one.
    #[inline(never)]
    fn plain_class(&self, c: Value) -> bool {
        let Some(r) = c.as_ref() else {
            return false;
        };
        if self.heap.kind(r) != kind::CLASS {
            return false;
        }
        // (A class's layout is fixed: see `class`.)
        let (e, f) = (
            self.heap.field(r, INFO_EPOCH),
            self.heap.field(r, INFO_FLAGS),
        );
        e.as_int() == Some(self.st.epoch as i64) && f.as_int().is_some_and(|f| f & F_PLAIN != 0)
    }

    /// `o.<name>` from the `GetAttr` cache: an instance holding the name at
    /// the cached pair, of the cached class (no class attribute of that
    /// name, checked at fill time and kept valid by the epoch) or of any
    /// `F_PLAIN` class (a base class method's `self.x` on subclass
    /// instances, which store their attributes in the same order).
    #[inline(always)]
    pub(crate) fn attr_hit(&self, caches: Value, o: Value, ci: usize) -> Option<Value> {
        let (k, vals) = self.heap.kind_values(o.as_ref()?);
        if k != kind::INSTANCE {
            return None;
        }
        let [cls, ep, idx, name] = self.site(caches, ci)?;
        if !self.epoch_is(ep) {
            return None;
        }
        let i = usize::try_from(idx.as_int()?).ok()?;
        if vals.get(i) != Some(&name) {
            return None;
        }
        let c = *vals.first()?;
        if c != cls && !self.plain_class(c) {
            return None;
        }
        vals.get(i + 1).copied()
    }

    /// `o.<name> = v` through the `SetAttr` cache: an instance of the
    /// cached class (validated by the entry: no class attribute `n`, no
    /// `__setattr__`; a `__slots__` class only caches its slots) or of any
    /// `F_PLAIN` class, without a spill dict. The name is stored at the
    /// cached pair when the instance holds it there, else inline as
    /// `class::inst_set` would (a fresh instance in `__init__`). False
    /// otherwise (nothing stored).
    #[inline(always)]
    pub(crate) fn setattr_hit(&mut self, caches: Value, o: Value, v: Value, ci: usize) -> bool {
        let (Some(r), Some([cls, ep, idx, name])) = (o.as_ref(), self.site(caches, ci)) else {
            return false;
        };
        let (k, vals) = self.heap.kind_values(r);
        if k != kind::INSTANCE || !self.epoch_is(ep) {
            return false;
        }
        let c = vals.first().copied().unwrap_or(Value::NONE);
        let Some(i) = idx.as_int().and_then(|i| usize::try_from(i).ok()) else {
            return false;
        };
        if c == cls && vals.get(i) == Some(&name) {
            if let Some(s) = self.heap.values_mut(r).get_mut(i + 1) {
                *s = v;
                return true;
            }
        }
        self.setattr_other(r, c, c == cls, name, v)
    }

    /// The rest of [`Vm::setattr_hit`]: an instance of class `c`, another
    /// class than the cached one (which must then be `F_PLAIN`: it is
    /// keyed to nothing else), or the cached class without the name at
    /// the cached pair (a fresh instance: the name is added).
    #[inline(never)]
    fn setattr_other(&mut self, r: GcRef, c: Value, same: bool, name: Value, v: Value) -> bool {
        if !name.is_qstr() || (!same && !self.plain_class(c)) {
            return false;
        }
        store_inline(self.heap.values_mut(r), name, v)
    }

    /// The method `o.<name>` from the `LoadMethod` cache: `o`'s type is the
    /// cached one and, for an instance, no instance attribute shadows the
    /// name (an instance with a spill dict takes the slow path).
    #[inline(always)]
    pub(crate) fn method_hit(&self, caches: Value, o: Value, ci: usize) -> Option<Value> {
        let [t, ep, m, name] = self.site(caches, ci)?;
        if !self.epoch_is(ep) {
            return None;
        }
        let Some(r) = o.as_ref() else {
            return (self.type_of(o) == t).then_some(m);
        };
        let (k, vals) = self.heap.kind_values(r);
        if k != kind::INSTANCE {
            return (self.type_of(o) == t).then_some(m);
        }
        if vals.first() != Some(&t)
            || !name.is_qstr()
            || vals.get(I_DICT).is_none_or(|d| !d.is_none())
        {
            return None;
        }
        let pairs = vals.get(I_PAIRS..)?;
        if pairs.chunks(2).any(|p| p.first() == Some(&name)) {
            return None;
        }
        Some(m)
    }

    /// After a `SetAttr` cache miss (`setattr_hit`: the instance does not
    /// hold `n` at the cached pair): stores `n` inline without a lookup
    /// when the instance's class is the cached one (validated by the
    /// entry: no class attribute `n`, no `__setattr__`, no `__slots__`) or
    /// an `F_PLAIN` class (a polymorphic site: `Base.__init__` storing on
    /// subclass instances). False when the generic store must run.
    #[inline(never)]
    pub(crate) fn setattr_cached(
        &mut self,
        caches: Value,
        o: Value,
        n: Value,
        v: Value,
        ci: usize,
    ) -> bool {
        let (Some(r), Some([ck, ce, _, _])) = (o.as_ref(), self.site(caches, ci)) else {
            return false;
        };
        let (k, vals) = self.heap.kind_values(r);
        if k != kind::INSTANCE || !n.is_qstr() {
            return false;
        }
        let cls = vals.first().copied().unwrap_or(Value::NONE);
        let by_site = cls == ck && self.epoch_is(ce);
        if !by_site
            && (self.kind_of(cls) != kind::CLASS
                || crate::ctor_cache::class_info(self, cls) & crate::ctor_cache::F_PLAIN == 0)
        {
            return false;
        }
        if !store_inline(self.heap.values_mut(r), n, v) {
            return false;
        }
        if !by_site {
            // (Re)fill the site for this class: where `n` now is.
            let vals = self.heap.values(r);
            let at = (I_PAIRS..vals.len())
                .step_by(2)
                .find(|&i| vals.get(i) == Some(&n));
            if let Some(i) = at {
                self.fill_site(caches, ci, cls, Value::from_small(i as i32), n);
            }
        }
        true
    }
}

/// Stores `n = v` in an instance's `(name, value)` pairs (the instance has
/// no spill dict): updates the pair holding `n` or fills the first free
/// one, as `class::inst_set` does. The pairs are dense (see `class`), so
/// the search stops at the first free pair. False when the pairs are full
/// or the instance has a spill dict.
#[inline]
fn store_inline(vals: &mut [Value], n: Value, v: Value) -> bool {
    if vals.get(I_DICT).is_none_or(|d| !d.is_none()) {
        return false;
    }
    let Some(pairs) = vals.get_mut(I_PAIRS..) else {
        return false;
    };
    for p in pairs.chunks_exact_mut(2) {
        if p[0] == n || p[0].is_empty() {
            p[0] = n;
            p[1] = v;
            return true;
        }
    }
    false
}
