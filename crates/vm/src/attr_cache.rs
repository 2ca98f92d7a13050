//! Inline-cache hits of `GetAttr`, `SetAttr` and `LoadMethod`.
//!
//! Each of these instructions owns four words of its code's cache block:
//! `[class or type, class-dict epoch, x, name]`, where `x` is the index of
//! the instance's `(name, value)` pair (attribute loads and stores) or the
//! method (method loads). The fill paths in `interp.rs` write them after a
//! full lookup; the hit paths here check them with one decode of the
//! object and one of the cache block, comparing the cached name instead of
//! reading it from the code's name tuple.
//!
//! A `LoadMethod` site owns `METHOD_CACHE_SLOTS` slots (a polymorphic
//! inline cache): the first as above, then `(type, method)` entries for
//! further receiver types at the same epoch, so a call site that sees a
//! few classes in turn (`self.step()` over task subclasses) hits instead
//! of refilling one entry on every call.

use crate::ctor_cache::F_PLAIN;
use crate::objects::class::{INFO_EPOCH, INFO_FLAGS, I_DICT, I_PAIRS};
use crate::types::kind;
use crate::vm::Vm;
use pycopy_compiler::bytecode::METHOD_CACHE_SLOTS;
use pycopy_gc::{GcRef, Value};

impl Vm {
    /// The four cache words of site `ci` (None past the block).
    #[inline(always)]
    fn site(&self, caches: Value, ci: usize) -> Option<[Value; 4]> {
        // One bounds check for the four words.
        let cr = caches.as_ref()?;
        let w = self.heap.values(cr).get(ci * 4..ci * 4 + 4)?;
        <&[Value; 4]>::try_from(w).ok().copied()
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
        let Some(cr) = caches.as_ref() else { return };
        if let Some(w) = self.heap.values_mut(cr).get_mut(ci * 4..ci * 4 + 4) {
            w.copy_from_slice(&[key, ep, x, name]);
        }
    }

    /// Caches method `m` of type `t` at `LoadMethod` site `ci` (after a
    /// full lookup). The site's first slot holds the first type seen,
    /// with the epoch and name all entries share; a further type at the
    /// same epoch takes a free `(type, method)` entry of the slots after
    /// it (the last entry is reused when all are taken). A stale epoch
    /// refills the first slot and clears the others.
    pub(crate) fn fill_method_site(
        &mut self,
        caches: Value,
        ci: usize,
        t: Value,
        m: Value,
        n: Value,
    ) {
        let Some([t0, ep, _, name]) = self.site(caches, ci) else {
            return;
        };
        let current = self.epoch_is(ep);
        let Some(cr) = caches.as_ref() else { return };
        let more = ci * 4 + 4..ci * 4 + 4 + POLY_WORDS;
        if current && name == n && is_type_key(t0) && t0 != t {
            if let Some(w) = self.heap.values_mut(cr).get_mut(more) {
                let last = (POLY_WORDS / 2).saturating_sub(1);
                let j = (0..last)
                    .find(|&j| w.get(2 * j).is_some_and(|&x| x == t || !is_type_key(x)))
                    .unwrap_or(last);
                if let Some(e) = w.get_mut(2 * j..2 * j + 2) {
                    e.copy_from_slice(&[t, m]);
                }
            }
            return;
        }
        // (Re)filling the first slot clears the others: they may belong to
        // an older epoch or to a super entry.
        self.fill_site(caches, ci, t, m, n);
        if let Some(w) = self.heap.values_mut(cr).get_mut(more) {
            w.fill(Value::NONE);
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
        let i = pair_index(idx);
        let &[k, v] = vals.get(i..i + 2)? else {
            return None;
        };
        if k != name || !self.epoch_is(ep) {
            return None;
        }
        let c = *vals.first()?;
        if c != cls && !self.plain_class(c) {
            return None;
        }
        Some(v)
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
        let i = pair_index(idx);
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

    /// The method `o.<name>` from the first entry of the `LoadMethod`
    /// cache: `o`'s type is the cached one and, for an instance, no
    /// instance attribute shadows the name (an instance with a spill dict
    /// takes the slow path). The further entries are checked out of line
    /// by [`Vm::method_hit_more`], keeping this inlined path small.
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
        if vals.first() != Some(&t) {
            return None;
        }
        self.unshadowed(vals, name).then_some(m)
    }

    /// The method and `self` of `o.<name>` from what the `LoadMethod`
    /// cache holds beyond its first entry, under the same conditions as
    /// [`Vm::method_hit`]: the further `(type, method)` entries (see
    /// [`Vm::fill_method_site`]) or, for a `super()` object, the site's
    /// super entry (see [`Vm::fill_super_site`]). The first thing the miss
    /// path tries.
    #[inline(never)]
    pub(crate) fn method_hit_more(
        &self,
        caches: Value,
        o: Value,
        ci: usize,
    ) -> Option<(Value, Value)> {
        let cr = caches.as_ref()?;
        let w = self.heap.values(cr).get(ci * 4..ci * 4 + 4 + POLY_WORDS)?;
        let (&[t0, ep, m0, name], more) = w.split_first_chunk::<4>()?;
        if !self.epoch_is(ep) {
            return None;
        }
        let find = |t: Value| {
            more.chunks_exact(2)
                .find(|e| e.first() == Some(&t))
                .and_then(|e| e.get(1).copied())
        };
        let Some(r) = o.as_ref() else {
            return is_type_key(t0)
                .then(|| find(self.type_of(o)))?
                .map(|m| (m, o));
        };
        let (k, vals) = self.heap.kind_values(r);
        if k == kind::SUPER {
            // A super entry: `[None, epoch, method, name, type of the
            // object, start class, SUPER_MARK, ..]`.
            let &[start, obj] = vals.first_chunk::<2>()?;
            let &[ot, st, mark] = more.first_chunk::<3>()?;
            if !t0.is_none() || mark != SUPER_MARK || st != start {
                return None;
            }
            // The object is an instance of the cached class (its type).
            let (ok, ov) = self.heap.kind_values(obj.as_ref()?);
            return (ok == kind::INSTANCE && ov.first() == Some(&ot)).then_some((m0, obj));
        }
        if !is_type_key(t0) {
            return None;
        }
        if k != kind::INSTANCE {
            return find(self.type_of(o)).map(|m| (m, o));
        }
        let m = find(*vals.first()?)?;
        self.unshadowed(vals, name).then_some((m, o))
    }

    /// Caches at `LoadMethod` site `ci` the method `m` that
    /// `super().<n>` found for super object `sup` (whose object is an
    /// instance of a user class, the case `ctor_cache::super_method`
    /// caches too): the first slot's type word is None, so the plain
    /// entries never answer for a super site.
    pub(crate) fn fill_super_site(
        &mut self,
        caches: Value,
        ci: usize,
        sup: Value,
        m: Value,
        n: Value,
    ) {
        let (start, obj) = (self.slot(sup, 0), self.slot(sup, 1));
        if self.kind_of(obj) != kind::INSTANCE {
            return;
        }
        let ot = self.type_of(obj);
        if self.kind_of(ot) != kind::CLASS {
            return;
        }
        let ep = Value::int(self.st.epoch as i64).unwrap_or(Value::NONE);
        let Some(cr) = caches.as_ref() else { return };
        if let Some(w) = self
            .heap
            .values_mut(cr)
            .get_mut(ci * 4..ci * 4 + 4 + POLY_WORDS)
        {
            w.fill(Value::NONE);
            for (x, v) in w
                .iter_mut()
                .zip([Value::NONE, ep, m, n, ot, start, SUPER_MARK])
            {
                *x = v;
            }
        }
    }

    /// Whether an instance (its value words `vals`) has no attribute
    /// `name` that would shadow a method: no spill dict and no inline pair
    /// holding the name.
    #[inline(always)]
    fn unshadowed(&self, vals: &[Value], name: Value) -> bool {
        let Some(&[_, d]) = vals.first_chunk::<2>() else {
            return false;
        };
        if !d.is_none() || !name.is_qstr() {
            return false;
        }
        let mut i = I_PAIRS;
        while let Some(&k) = vals.get(i) {
            if k == name {
                return false;
            }
            i += 2;
        }
        true
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

/// Words of a `LoadMethod` site after its first slot: `(type, method)`
/// entries for further receiver types.
const POLY_WORDS: usize = (METHOD_CACHE_SLOTS as usize - 1) * 4;

/// The pair index an attribute site caches (a small int the fill paths
/// store), read from the word's low bits without decoding it: a wrong
/// word gives some index the caller's bounds and name checks reject.
#[inline(always)]
fn pair_index(idx: Value) -> usize {
    (idx.bits() & 0xffff) as usize
}

/// Marks a `LoadMethod` site's super entry (see [`Vm::fill_super_site`]).
const SUPER_MARK: Value = crate::types::TypeId::Super.value();

/// Whether cache word `x` is a type (a class or a builtin type): an
/// occupied entry. Free entries hold None (or the zero word of a fresh
/// cache block).
#[inline]
fn is_type_key(x: Value) -> bool {
    x.is_ref() || x.is_static()
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
