//! User classes, instances, attribute lookup, descriptors (`property`,
//! `classmethod`, `staticmethod`) and `super`.
//!
//! Class layout: `[name, bases, mro, dict, builtin_base, hint, metaclass,
//! qualname]`. Instance layout: `[class, dict_or_None, base_value,
//! (key, value) * cap]`: attributes are stored inline as qstr-keyed pairs
//! (linear search; `cap` comes from the class's hint, the largest number of
//! attributes an instance of it has had, so most instances never spill)
//! and move to a dict when they do not fit.

use crate::qstr::q;
use crate::types::{kind, NativeDesc, TypeId, SK_NATIVE};
use crate::vm::{Args, PyResult, Vm};
use alloc::string::String;
use alloc::vec::Vec;
use pycopy_gc::{Scan, Value};

/// Slot: `__name__` (str).
pub const NAME: usize = 0;
/// Slot: bases tuple.
pub const BASES: usize = 1;
/// Slot: MRO tuple (the class first).
pub const MRO: usize = 2;
/// Slot: the class dict.
pub const DICT: usize = 3;
/// Slot: the builtin type the layout derives from (a static type value).
pub const BUILTIN_BASE: usize = 4;
/// Slot: inline attribute capacity hint for instances (small int).
pub const HINT: usize = 5;
/// Slot: metaclass.
pub const METACLASS: usize = 6;
/// Slot: `__qualname__`.
pub const QUALNAME: usize = 7;
/// Slot: the class-dict epoch (`State::epoch`) at which `INFO_FLAGS` and
/// `INFO_INIT` were computed (-1: never); see `ctor_cache::class_info`.
pub const INFO_EPOCH: usize = 8;
/// Slot: cached facts about the class (`ctor_cache::F_*` bits).
pub const INFO_FLAGS: usize = 9;
/// Slot: the Python `__init__` the instantiation fast path calls (with
/// `ctor_cache::F_FAST`), else None.
pub const INFO_INIT: usize = 10;
const CLASS_SIZE: usize = 11;

/// Instance slot: its class.
pub const I_CLASS: usize = 0;
/// Instance slot: spilled attribute dict (or None).
pub const I_DICT: usize = 1;
/// Instance slot: builtin base value (subclasses of builtins), else None.
pub const I_BASE: usize = 2;
pub const I_PAIRS: usize = 3;
const MAX_HINT: usize = 12;

/// The MRO of type `t` as a vector (builtin types: their base chain).
pub fn mro_list(vm: &Vm, t: Value) -> Vec<Value> {
    if let Some(mut id) = TypeId::from_value(t) {
        let mut out = alloc::vec![id.value()];
        while let Some(b) = super::desc(id).base {
            out.push(b.value());
            id = b;
        }
        return out;
    }
    let mro = vm.slot(t, MRO);
    (0..super::tuple::len(vm, mro))
        .map(|i| vm.tuple_get(mro, i))
        .collect()
}

/// C3 linearisation of a class with `bases`; `None` when inconsistent.
fn c3(vm: &Vm, bases: &[Value]) -> Option<Vec<Value>> {
    let mut seqs: Vec<Vec<Value>> = bases.iter().map(|b| mro_list(vm, *b)).collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Some(out);
        }
        let mut pick = None;
        for s in &seqs {
            let c = s[0];
            if !seqs.iter().any(|t| t[1..].contains(&c)) {
                pick = Some(c);
                break;
            }
        }
        let c = pick?;
        out.push(c);
        for s in seqs.iter_mut() {
            if s.first() == Some(&c) {
                s.remove(0);
            }
        }
    }
}

/// Creates a class `name` with `bases` (a tuple) and namespace `ns` (a dict).
pub fn new_class(vm: &mut Vm, name: Value, bases: Value, ns: Value) -> PyResult<Value> {
    let mark = vm.push_root(name);
    vm.push_root(bases);
    vm.push_root(ns);
    let r = (|| {
        let bases = vm.root(mark + 1);
        let mut bl: Vec<Value> = (0..super::tuple::len(vm, bases))
            .map(|i| vm.tuple_get(bases, i))
            .collect();
        if vm.kind_of(bases) != kind::TUPLE {
            let m = alloc::format!(
                "type.__new__() argument 2 must be tuple, not {}",
                vm.type_name(bases)
            );
            return Err(vm.type_error(&m));
        }
        for b in &bl {
            if !vm.is_type(*b) {
                return Err(vm.type_error("bases must be types"));
            }
            if let Some(t) = TypeId::from_value(*b) {
                use TypeId as T;
                if matches!(
                    t,
                    T::Bool
                        | T::NoneType
                        | T::Range
                        | T::Slice
                        | T::Function
                        | T::BuiltinFunction
                        | T::BoundMethod
                        | T::Generator
                        | T::Coroutine
                        | T::Code
                        | T::Cell
                        | T::EllipsisType
                        | T::NotImplementedType
                        | T::DictKeys
                        | T::DictValues
                        | T::DictItems
                ) {
                    let m = alloc::format!(
                        "type '{}' is not an acceptable base type",
                        super::desc(t).name
                    );
                    return Err(vm.type_error(&m));
                }
            }
        }
        if bl.is_empty() {
            bl.push(TypeId::Object.value());
        }
        let Some(lin) = c3(vm, &bl) else {
            return Err(vm.type_error("Cannot create a consistent method resolution order (MRO)"));
        };
        let mut builtin = TypeId::Object;
        for b in &bl {
            let bb = vm.builtin_base(*b);
            if bb != TypeId::Object {
                builtin = bb;
                break;
            }
        }
        let c = vm.alloc(kind::CLASS, Scan::All, CLASS_SIZE)?;
        let cv = Value::from_ref(c);
        vm.push_root(cv);
        let mro = super::tuple::new_tuple(vm, &alloc::vec![Value::NONE; lin.len() + 1])?;
        // The allocations above may have moved the bases (compacting
        // collector): take the linearisation again from the rooted tuple.
        let bases = vm.root(mark + 1);
        let mut bl: Vec<Value> = (0..super::tuple::len(vm, bases))
            .map(|i| vm.tuple_get(bases, i))
            .collect();
        if bl.is_empty() {
            bl.push(TypeId::Object.value());
        }
        let lin = c3(vm, &bl).unwrap_or_default();
        let cv = vm.root(mark + 3);
        vm.set_slot(mro, 0, cv);
        for (i, x) in lin.into_iter().enumerate() {
            vm.set_slot(mro, i + 1, x);
        }
        vm.set_slot(cv, MRO, mro);
        let bt = if super::tuple::len(vm, vm.root(mark + 1)) == 0 {
            super::tuple::new_tuple(vm, &[TypeId::Object.value()])?
        } else {
            vm.root(mark + 1)
        };
        let cv = vm.root(mark + 3);
        vm.set_slot(cv, BASES, bt);
        let name = vm.root(mark);
        vm.set_slot(cv, NAME, name);
        vm.set_slot(cv, QUALNAME, name);
        let ns = vm.root(mark + 2);
        vm.set_slot(cv, DICT, ns);
        vm.set_slot(cv, BUILTIN_BASE, builtin.value());
        vm.set_slot(cv, HINT, Value::from_small(-1));
        vm.set_slot(cv, METACLASS, TypeId::Type.value());
        vm.set_slot(cv, INFO_EPOCH, Value::from_small(-1));
        vm.set_slot(cv, INFO_FLAGS, Value::from_small(0));
        if let Some(qn) = super::dict::get_str(vm, ns, Value::qstr(q::D_QUALNAME)) {
            vm.set_slot(cv, QUALNAME, qn);
        }
        vm.st.epoch += 1;
        Ok(cv)
    })();
    vm.pop_roots(mark);
    r
}

/// How many distinct attributes `__init__` stores on `self` (a scan of its
/// `SetAttr` instructions whose object is register 0), for the initial
/// inline capacity of instances.
fn init_attr_count(vm: &Vm, cls: Value) -> usize {
    // Every `self.<name> = ...` in a method of the class or of a Python
    // base: instances then keep all their attributes inline (a spilled
    // instance pays a dict lookup on every access).
    let mut names: Vec<Value> = Vec::new();
    for c in mro_list(vm, cls) {
        if TypeId::from_value(c).is_some() {
            continue;
        }
        for (_, m) in super::dict::pairs(vm, vm.slot(c, DICT)) {
            if vm.kind_of(m) == kind::FUNC {
                self_stores(vm, vm.slot(m, super::func::F_CODE), &mut names);
            }
        }
    }
    names.len()
}

/// Adds to `names` the attribute names stored on register 0 (`self` in
/// a method) by code object `code`.
fn self_stores(vm: &Vm, code: Value, names: &mut Vec<Value>) {
    use pycopy_compiler::bytecode::{self as bc, Op};
    let words = vm.code_space.words(vm.slot(code, super::func::C_INSNS));
    let table = vm.slot(code, super::func::C_NAMES);
    let n = words.len();
    let at = |i: usize| -> u32 { words.get(i).copied().unwrap_or(0) };
    let mut i = 0;
    while i < n && names.len() < MAX_HINT {
        let w = at(i);
        let Some(op) = Op::from_u8(bc::op_byte(w)) else {
            break;
        };
        if op == Op::SetAttr && bc::arg_a(w) == 0 {
            let name = vm.tuple_get(table, bc::ext_hi(at(i + 1)));
            if !names.contains(&name) {
                names.push(name);
            }
        }
        i += if op.has_ext() { 2 } else { 1 };
    }
}

/// Allocates a bare instance of class `cls`.
pub fn new_instance(vm: &mut Vm, cls: Value) -> PyResult<Value> {
    let is_exc = if vm.kind_of(cls) == kind::CLASS {
        crate::ctor_cache::class_info(vm, cls) & crate::ctor_cache::F_EXC != 0
    } else {
        super::exc::is_exc_type(vm, cls)
    };
    if is_exc {
        return super::exc::new_exc_raw(vm, cls, Value::NONE);
    }
    let hint = instance_hint(vm, cls);
    let mark = vm.push_root(cls);
    let r = vm.alloc(kind::INSTANCE, Scan::All, I_PAIRS + hint * 2);
    let cls = vm.root(mark);
    vm.pop_roots(mark);
    let r = r?;
    vm.heap.set(r, I_CLASS, cls);
    for i in 0..hint {
        vm.heap.set(r, I_PAIRS + i * 2, Value::EMPTY);
    }
    Ok(Value::from_ref(r))
}

/// The number of inline attribute pairs a new instance of class `cls`
/// gets (computed from its methods on first use, raised when instances
/// spill).
#[inline]
pub fn instance_hint(vm: &mut Vm, cls: Value) -> usize {
    let mut hint = vm.slot(cls, HINT).as_int().unwrap_or(2);
    if hint < 0 {
        hint = init_attr_count(vm, cls).clamp(1, MAX_HINT) as i64;
        vm.set_slot(cls, HINT, Value::from_small(hint as i32));
    }
    hint.clamp(0, MAX_HINT as i64) as usize
}

/// Looks up `name` along the MRO of type `t` (no descriptor binding),
/// skipping `object`'s own methods: what operator dispatch wants (a class
/// "defines `__eq__`" only if something below `object` does).
pub fn lookup(vm: &Vm, t: Value, name: Value) -> Option<Value> {
    if let Some(mut id) = TypeId::from_value(t) {
        let nid = name.as_qstr()?;
        loop {
            if id == TypeId::Object {
                return None;
            }
            if let Some(v) = static_method(id, nid) {
                return Some(v);
            }
            id = super::desc(id).base?;
        }
    }
    let mro = vm.slot(t, MRO);
    for i in 0..super::tuple::len(vm, mro) {
        let c = vm.tuple_get(mro, i);
        if let Some(id) = TypeId::from_value(c) {
            if id == TypeId::Object {
                continue;
            }
            if let Some(v) = name.as_qstr().and_then(|n| static_method(id, n)) {
                return Some(v);
            }
            continue;
        }
        let d = vm.slot(c, DICT);
        if let Some(v) = super::dict::get_str(vm, d, name) {
            return Some(v);
        }
    }
    None
}

/// [`lookup`] including `object`'s methods (attribute access).
pub fn lookup_full(vm: &Vm, t: Value, name: Value) -> Option<Value> {
    lookup(vm, t, name)
        .or_else(|| slot_lookup(vm, t, name))
        .or_else(|| {
            name.as_qstr()
                .and_then(|n| static_method(TypeId::Object, n))
        })
}

/// The slot method `name` ([`super::slots`]) of the first builtin type in
/// the MRO of `t` that has one.
pub fn slot_lookup(vm: &Vm, t: Value, name: Value) -> Option<Value> {
    let n = name.as_qstr()?;
    if let Some(id) = TypeId::from_value(t) {
        return super::slots::method(id, n);
    }
    if vm.kind_of(t) != kind::CLASS {
        return None;
    }
    let mro = vm.slot(t, MRO);
    (0..super::tuple::len(vm, mro))
        .filter_map(|i| TypeId::from_value(vm.tuple_get(mro, i)))
        .find_map(|id| super::slots::method(id, n))
}

/// The native method `name` defined directly on builtin type `t`.
pub fn static_method(t: TypeId, name: u32) -> Option<Value> {
    let ms = super::desc(t).methods;
    ms.iter()
        .position(|m| m.name == name)
        .map(|i| Value::static_obj(SK_NATIVE, ((t as u32 + 1) << 16) | i as u32))
}

/// Reads an inline/dict attribute of an instance.
pub fn inst_get(vm: &Vm, obj: Value, name: Value) -> Option<Value> {
    let r = obj.as_ref()?;
    let vals = vm.heap.values(r);
    let mut i = I_PAIRS;
    while i + 1 < vals.len() {
        if vals[i] == name {
            return Some(vals[i + 1]);
        }
        i += 2;
    }
    let d = vals.get(I_DICT).copied().unwrap_or(Value::NONE);
    if d.is_none() {
        if !name.is_qstr() {
            // A non-interned str key: compare by content.
            let mut i = I_PAIRS;
            while i + 1 < vals.len() {
                if vm.str_eq(vals[i], name) {
                    return Some(vals[i + 1]);
                }
                i += 2;
            }
        }
        return None;
    }
    super::dict::get_str(vm, d, name)
}

/// Stores an attribute on an instance (or exception).
pub fn inst_set(vm: &mut Vm, obj: Value, name: Value, v: Value) -> PyResult<()> {
    let name = if name.is_qstr() {
        name
    } else {
        let s = String::from(vm.str_of(name).unwrap_or(""));
        let mark = vm.push_root(obj);
        vm.push_root(v);
        let n = vm.intern(&s);
        let (o, vv) = (vm.root(mark), vm.root(mark + 1));
        vm.pop_roots(mark);
        return inst_set(vm, o, n?, vv);
    };
    let k = vm.kind_of(obj);
    let Some(r) = obj.as_ref() else {
        return Err(vm.attribute_error("can't set attribute"));
    };
    if k == kind::INSTANCE {
        let d = vm.heap.get(r, I_DICT).unwrap_or(Value::NONE);
        if d.is_none() {
            let vals = vm.heap.values_mut(r);
            let mut free = None;
            let mut i = I_PAIRS;
            while i + 1 < vals.len() {
                if vals[i] == name {
                    vals[i + 1] = v;
                    return Ok(());
                }
                if vals[i].is_empty() && free.is_none() {
                    free = Some(i);
                }
                i += 2;
            }
            if let Some(i) = free {
                vals[i] = name;
                vals[i + 1] = v;
                return Ok(());
            }
            // Spill to a dict; raise the class's hint so later instances fit.
            let cls = vals[I_CLASS];
            let n = (vals.len() - I_PAIRS) / 2;
            if n < MAX_HINT {
                vm.set_slot(cls, HINT, Value::from_small((n + 1) as i32));
            }
            let mark = vm.push_root(obj);
            vm.push_root(name);
            vm.push_root(v);
            let res = (|| {
                let d = super::dict::new_dict(vm, n + 1)?;
                vm.push_root(d);
                for i in 0..n {
                    let o = vm.root(mark);
                    let k = vm.slot(o, I_PAIRS + 2 * i);
                    let x = vm.slot(o, I_PAIRS + 2 * i + 1);
                    if !k.is_empty() {
                        let d = vm.root(mark + 3);
                        super::dict::set(vm, d, k, x)?;
                    }
                }
                let o = vm.root(mark);
                let d = vm.root(mark + 3);
                for i in 0..n {
                    vm.set_slot(o, I_PAIRS + 2 * i, Value::EMPTY);
                    vm.set_slot(o, I_PAIRS + 2 * i + 1, Value::NONE);
                }
                vm.set_slot(o, I_DICT, d);
                let (name, v) = (vm.root(mark + 1), vm.root(mark + 2));
                super::dict::set(vm, d, name, v)
            })();
            vm.pop_roots(mark);
            return res;
        }
        return super::dict::set(vm, d, name, v);
    }
    if k == kind::FUNC && matches!(name.as_qstr(), Some(q::D_NAME | q::D_QUALNAME)) && !vm.is_str(v)
    {
        let m = alloc::format!(
            "{} must be set to a string object",
            vm.str_of(name).unwrap_or("?")
        );
        return Err(vm.type_error(&m));
    }
    if k == kind::EXC || k == kind::FUNC {
        let slot = if k == kind::EXC {
            super::exc::DICT
        } else {
            super::func::F_DICT
        };
        let mut d = vm.slot(obj, slot);
        if d.is_none() {
            let mark = vm.push_root(obj);
            vm.push_root(v);
            let nd = super::dict::new_dict(vm, 2);
            let o = vm.root(mark);
            let vv = vm.root(mark + 1);
            vm.pop_roots(mark);
            d = nd?;
            vm.set_slot(o, slot, d);
            return super::dict::set(vm, d, name, vv);
        }
        return super::dict::set(vm, d, name, v);
    }
    if k == kind::CLASS {
        let d = vm.slot(obj, DICT);
        vm.st.epoch += 1;
        return super::dict::set(vm, d, name, v);
    }
    if k == kind::MODULE {
        let d = vm.slot(obj, 1);
        return super::dict::set(vm, d, name, v);
    }
    let m = alloc::format!(
        "'{}' object has no attribute '{}'",
        vm.type_name(obj),
        vm.str_of(name).unwrap_or("?")
    );
    Err(vm.attribute_error(&m))
}

/// Deletes an instance attribute; false if absent.
pub fn inst_del(vm: &mut Vm, obj: Value, name: Value) -> PyResult<bool> {
    let k = vm.kind_of(obj);
    if k == kind::INSTANCE {
        if let Some(r) = obj.as_ref() {
            let vals = vm.heap.values_mut(r);
            let mut i = I_PAIRS;
            while i + 1 < vals.len() {
                if vals[i] == name {
                    // Keep the pairs dense (every used pair before every
                    // free one, in insertion order): the later pairs move
                    // down, so stores can stop at the first free pair.
                    let end = vals.len() - (vals.len() - I_PAIRS) % 2;
                    if let Some(tail) = vals.get_mut(i..end) {
                        tail.copy_within(2.., 0);
                        let n = tail.len();
                        if let Some(last) = tail.get_mut(n - 2..) {
                            last.copy_from_slice(&[Value::EMPTY, Value::NONE]);
                        }
                    }
                    return Ok(true);
                }
                i += 2;
            }
        }
        let d = vm.slot(obj, I_DICT);
        if d.is_none() {
            return Ok(false);
        }
        return Ok(super::dict::remove(vm, d, name)?.is_some());
    }
    if k == kind::CLASS {
        vm.st.epoch += 1;
        let d = vm.slot(obj, DICT);
        return Ok(super::dict::remove(vm, d, name)?.is_some());
    }
    if k == kind::EXC || k == kind::FUNC || k == kind::MODULE {
        let slot = match k {
            kind::EXC => super::exc::DICT,
            kind::FUNC => super::func::F_DICT,
            _ => 1,
        };
        let d = vm.slot(obj, slot);
        if d.is_none() {
            return Ok(false);
        }
        return Ok(super::dict::remove(vm, d, name)?.is_some());
    }
    Ok(false)
}

/// The `TypeError` of an `__init__` that returned `v` (not None).
pub fn init_returned(vm: &mut Vm, v: Value) -> crate::vm::PyErr {
    let m = alloc::format!("__init__() should return None, not '{}'", vm.type_name(v));
    vm.type_error(&m)
}

// ---- property / classmethod / staticmethod / super ----

/// `property(fget, fset, fdel, doc)`: `[fget, fset, fdel]`.
pub fn property_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.n > 4 {
        let m = alloc::format!("property() takes at most 4 arguments ({} given)", a.n);
        return Err(vm.type_error(&m));
    }
    let r = vm.alloc(kind::PROPERTY, Scan::All, 3)?;
    for i in 0..3 {
        let v = vm.arg(&a, i);
        vm.heap.set(r, i, v);
    }
    if let Some(v) = vm.kwarg(&a, q::FGET) {
        vm.heap.set(r, 0, v);
    }
    if let Some(v) = vm.kwarg(&a, q::FSET) {
        vm.heap.set(r, 1, v);
    }
    Ok(Value::from_ref(r))
}

fn prop_with(vm: &mut Vm, a: Args, slot: usize) -> PyResult<Value> {
    let r = vm.alloc(kind::PROPERTY, Scan::All, 3)?;
    let p = vm.arg(&a, 0);
    for i in 0..3 {
        let v = vm.slot(p, i);
        vm.heap.set(r, i, v);
    }
    let f = vm.arg(&a, 1);
    vm.heap.set(r, slot, f);
    let _ = p;
    Ok(Value::from_ref(r))
}
fn m_getter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    prop_with(vm, a, 0)
}
fn m_setter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    prop_with(vm, a, 1)
}
fn m_deleter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    prop_with(vm, a, 2)
}

/// Methods of `property`.
pub static PROPERTY_METHODS: &[NativeDesc] = &[
    NativeDesc {
        name: q::GETTER,
        f: m_getter,
    },
    NativeDesc {
        name: q::SETTER,
        f: m_setter,
    },
    NativeDesc {
        name: q::DELETER,
        f: m_deleter,
    },
];

fn wrap1(vm: &mut Vm, a: Args, k: u8) -> PyResult<Value> {
    let name = if k == kind::CLASSMETHOD {
        "classmethod"
    } else {
        "staticmethod"
    };
    super::corefns::arity(vm, &a, name, 1, 1)?;
    let r = vm.alloc(k, Scan::All, 1)?;
    let f = vm.arg(&a, 0);
    vm.heap.set(r, 0, f);
    Ok(Value::from_ref(r))
}
/// `classmethod(f)`.
pub fn classmethod_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap1(vm, a, kind::CLASSMETHOD)
}
/// `staticmethod(f)`.
pub fn staticmethod_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap1(vm, a, kind::STATICMETHOD)
}

/// `super(type, obj)`: `[type, obj]`. The zero-argument form is resolved
/// by the interpreter (it passes `__class__` and the first argument).
pub fn super_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.n < 2 {
        return crate::interp::super_zero_args(vm);
    }
    if a.n > 2 {
        let m = alloc::format!("super() expected at most 2 arguments, got {}", a.n);
        return Err(vm.type_error(&m));
    }
    super::corefns::arity(vm, &a, "super", 2, 2)?;
    let (t, o) = (vm.arg(&a, 0), vm.arg(&a, 1));
    if !vm.is_type(t) {
        let m = alloc::format!("super() argument 1 must be a type, not {}", vm.type_name(t));
        return Err(vm.type_error(&m));
    }
    let related = vm.is_instance(o, t) || (vm.is_type(o) && vm.is_subclass(o, t));
    if !related {
        return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"));
    }
    let r = vm.alloc(kind::SUPER, Scan::All, 2)?;
    let t = vm.arg(&a, 0);
    let o = vm.arg(&a, 1);
    vm.heap.set(r, 0, t);
    vm.heap.set(r, 1, o);
    Ok(Value::from_ref(r))
}

/// Attribute lookup through a super object.
pub fn super_getattr(vm: &mut Vm, sup: Value, name: Value) -> PyResult<Value> {
    let start = vm.slot(sup, 0);
    let obj = vm.slot(sup, 1);
    let ot = if vm.is_type(obj) && vm.is_subclass(obj, start) {
        obj
    } else {
        vm.type_of(obj)
    };
    let mro = mro_list(vm, ot);
    let mut found = false;
    for c in mro {
        if !found {
            found = c == start;
            continue;
        }
        if let Some(id) = TypeId::from_value(c) {
            if name.as_qstr() == Some(q::D_NEW) && id != TypeId::Object {
                return builtin_new_method(vm, id);
            }
        }
        let hit = if let Some(id) = TypeId::from_value(c) {
            name.as_qstr()
                .and_then(|n| static_method(id, n).or_else(|| super::slots::method(id, n)))
        } else {
            let d = vm.slot(c, DICT);
            super::dict::get_str(vm, d, name)
        };
        if let Some(v) = hit {
            let bind_to = if vm.is_type(obj) { Value::NONE } else { obj };
            return vm.bind_descriptor(v, bind_to, ot);
        }
    }
    if name.as_qstr() == Some(q::D_INIT) {
        // object.__init__: accept and ignore.
        return Ok(Value::static_obj(SK_NATIVE, crate::builtins::OBJECT_INIT));
    }
    let m = alloc::format!(
        "'super' object has no attribute '{}'",
        vm.str_of(name).unwrap_or("?")
    );
    Err(vm.attribute_error(&m))
}

/// `super().<name>` for a method call, without a bound method: the
/// Python function found in a class dict after the super's class along
/// the MRO of its object's type, with the object to pass as `self`. None
/// when the general lookup must answer (the object is a type, a builtin
/// type comes first in the MRO, or what is found is not a function).
pub fn super_method(vm: &Vm, sup: Value, name: Value) -> Option<(Value, Value)> {
    let (start, obj) = (vm.slot(sup, 0), vm.slot(sup, 1));
    if vm.is_type(obj) {
        return None;
    }
    let t = vm.type_of(obj);
    if vm.kind_of(t) != kind::CLASS {
        return None;
    }
    let mro = vm.slot(t, MRO);
    let n = super::tuple::len(vm, mro);
    let at = (0..n).find(|&i| vm.tuple_get(mro, i) == start)?;
    for i in at + 1..n {
        let c = vm.tuple_get(mro, i);
        if vm.kind_of(c) != kind::CLASS {
            return None;
        }
        if let Some(v) = super::dict::get_str(vm, vm.slot(c, DICT), name) {
            return (vm.kind_of(v) == kind::FUNC).then_some((v, obj));
        }
    }
    None
}

/// `object()`: a bare instance of `object`.
pub fn new_instance_of_object(vm: &mut Vm) -> PyResult<Value> {
    let r = vm.alloc(kind::INSTANCE, Scan::All, I_PAIRS)?;
    vm.heap.set(r, I_CLASS, TypeId::Object.value());
    Ok(Value::from_ref(r))
}

/// `T.__new__` for a builtin type `T` other than `object`: a native bound
/// to `T` ([`builtin_type_new`]), as CPython's per-type `__new__`.
pub fn builtin_new_method(vm: &mut Vm, t: TypeId) -> PyResult<Value> {
    let f = Value::static_obj(SK_NATIVE, crate::builtins::TYPE_NEW);
    super::func::new_bound(vm, kind::NATIVE_BOUND, f, t.value())
}

/// The name CPython's "is not safe" message gives for the builtin base of
/// `cls` (every exception shares `BaseException.__new__`).
fn new_owner(vm: &Vm, cls: Value) -> TypeId {
    let b = vm.builtin_base(cls);
    if b.is_exception() {
        TypeId::BaseException
    } else {
        b
    }
}

/// The name CPython's "is not safe" message suggests: `cls`, or the first
/// class up its chain of first bases without a Python-level `__new__`.
fn static_base_name(vm: &Vm, cls: Value) -> alloc::string::String {
    let mut c = cls;
    for _ in 0..64 {
        if vm.kind_of(c) != kind::CLASS {
            break;
        }
        if lookup(vm, c, Value::qstr(q::D_NEW)).is_none() {
            break;
        }
        let bases = vm.slot(c, BASES);
        if super::tuple::len(vm, bases) == 0 {
            break;
        }
        c = vm.tuple_get(bases, 0);
    }
    alloc::string::String::from(vm.class_name(c))
}

/// Checks CPython makes in `T.__new__(S, ...)`: `S` is a type, a subtype of
/// `T`, and its nearest builtin base makes its values the way `T` does.
fn check_new_target(vm: &mut Vm, t: Value, a: &Args) -> PyResult<()> {
    let tn = alloc::string::String::from(vm.class_name(t));
    if a.n < 2 {
        let m = alloc::format!("{tn}.__new__(): not enough arguments");
        return Err(vm.type_error(&m));
    }
    let s = vm.arg(a, 1);
    if !vm.is_type(s) {
        let m = alloc::format!(
            "{tn}.__new__(X): X is not a type object ({})",
            vm.type_name(s)
        );
        return Err(vm.type_error(&m));
    }
    let sn = alloc::string::String::from(vm.class_name(s));
    if !vm.is_subclass(s, t) {
        let m = alloc::format!("{tn}.__new__({sn}): {sn} is not a subtype of {tn}");
        return Err(vm.type_error(&m));
    }
    let (own, sb) = (new_owner(vm, t), new_owner(vm, s));
    if own != sb {
        let m = alloc::format!(
            "{tn}.__new__({sn}) is not safe, use {}.__new__()",
            static_base_name(vm, s)
        );
        return Err(vm.type_error(&m));
    }
    Ok(())
}

/// `T.__new__(S, *args)` bound to builtin type `T` (argument 0).
pub fn builtin_type_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = vm.arg(&a, 0);
    check_new_target(vm, t, &a)?;
    new_impl(vm, a.after_first())
}

/// `object.__new__(S, *args)`.
fn o_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.n == 0 {
        return Err(vm.type_error("object.__new__(): not enough arguments"));
    }
    let s = vm.arg(&a, 0);
    if !vm.is_type(s) {
        let m = alloc::format!(
            "object.__new__(X): X is not a type object ({})",
            vm.type_name(s)
        );
        return Err(vm.type_error(&m));
    }
    let sb = new_owner(vm, s);
    if sb != TypeId::Object {
        let sn = alloc::string::String::from(vm.class_name(s));
        let m = alloc::format!(
            "object.__new__({sn}) is not safe, use {}.__new__()",
            static_base_name(vm, s)
        );
        return Err(vm.type_error(&m));
    }
    new_impl(vm, a)
}

/// Makes an instance of type argument 0 (checked by the caller) from the
/// other arguments, without calling `__init__`.
fn new_impl(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = vm.arg(&a, 0);
    if let Some(id) = TypeId::from_value(cls) {
        if id == TypeId::Object {
            return new_instance_of_object(vm);
        }
        // (Exceptions are built below, without calling `__init__`.)
        if id.is_exception() {
            return new_exception(vm, a, cls);
        }
        let Some(new) = super::desc(id).new else {
            let m = alloc::format!("cannot create '{}' instances", super::desc(id).name);
            return Err(vm.type_error(&m));
        };
        return new(vm, a.after_first());
    }
    if vm.kind_of(cls) != kind::CLASS {
        return Err(vm.type_error("__new__(X): X is not a type object"));
    }
    let base = vm.builtin_base(cls);
    if base.is_exception() {
        return new_exception(vm, a, cls);
    }
    let o = new_instance(vm, cls)?;
    if base != TypeId::Object && !base.is_exception() {
        // `T.__new__(cls, *args)` for a subclass `cls` of builtin `T`: the
        // builtin value from the arguments (`T()`'s default without any).
        if let Some(new) = super::desc(base).new {
            let mark = vm.push_root(o);
            let bv = new(vm, a.after_first());
            let o = vm.root(mark);
            vm.pop_roots(mark);
            vm.set_slot(o, I_BASE, bv?);
            return Ok(o);
        }
    }
    Ok(o)
}

/// An exception of type `cls` (argument 0 of `a`) with the other
/// arguments as its `args`.
fn new_exception(vm: &mut Vm, a: Args, cls: Value) -> PyResult<Value> {
    let o = new_instance(vm, cls)?;
    if a.n > 1 {
        let items: Vec<Value> = (1..a.n as usize).map(|i| vm.arg(&a, i)).collect();
        let mark = vm.push_root(o);
        let t = super::tuple::new_tuple(vm, &items);
        // The allocation may have moved the exception.
        let o = vm.root(mark);
        vm.pop_roots(mark);
        vm.set_slot(o, super::exc::ARGS, t?);
        return Ok(o);
    }
    Ok(o)
}
fn o_init(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::NONE)
}
fn o_hash(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = vm.arg(&a, 0);
    let h = v.as_ref().map_or(0, |r| vm.heap.identity(r));
    Ok(Value::int(h as i64).unwrap_or(Value::from_small(0)))
}
fn o_eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = (vm.arg(&a, 0), vm.arg(&a, 1));
    Ok(if x == y {
        Value::TRUE
    } else {
        Value::NOT_IMPLEMENTED
    })
}
fn o_ne(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = (vm.arg(&a, 0), vm.arg(&a, 1));
    Ok(if x == y {
        Value::FALSE
    } else {
        Value::NOT_IMPLEMENTED
    })
}
fn o_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = vm.arg(&a, 0);
    let t = vm.type_of(v);
    let n = alloc::string::String::from(vm.class_name(t));
    let s = alloc::format!("<{n} object at 0x{:x}>", v.bits() & 0xffff_ffff);
    vm.new_str(&s)
}
fn o_str(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = vm.arg(&a, 0);
    let s = vm.repr_string(v)?;
    vm.new_str(&s)
}
fn o_setattr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (o, n, v) = (vm.arg(&a, 0), vm.arg(&a, 1), vm.arg(&a, 2));
    inst_set(vm, o, n, v)?;
    Ok(Value::NONE)
}
fn o_delattr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (o, n) = (vm.arg(&a, 0), vm.arg(&a, 1));
    if !inst_del(vm, o, n)? {
        return Err(vm.attribute_error("no such attribute"));
    }
    Ok(Value::NONE)
}
fn o_getattribute(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (o, n) = (vm.arg(&a, 0), vm.arg(&a, 1));
    vm.getattr(o, n)
}

/// Methods of `object` (found by attribute access and `super()`, not by
/// operator dispatch).
pub static OBJECT_METHODS: &[NativeDesc] = &[
    NativeDesc {
        name: q::D_NEW,
        f: o_new,
    },
    NativeDesc {
        name: q::D_INIT,
        f: o_init,
    },
    NativeDesc {
        name: q::D_HASH,
        f: o_hash,
    },
    NativeDesc {
        name: q::D_EQ,
        f: o_eq,
    },
    NativeDesc {
        name: q::D_NE,
        f: o_ne,
    },
    NativeDesc {
        name: q::D_REPR,
        f: o_repr,
    },
    NativeDesc {
        name: q::D_STR,
        f: o_str,
    },
    NativeDesc {
        name: q::D_SETATTR,
        f: o_setattr,
    },
    NativeDesc {
        name: q::D_DELATTR,
        f: o_delattr,
    },
    NativeDesc {
        name: q::D_GETATTRIBUTE,
        f: o_getattribute,
    },
];
