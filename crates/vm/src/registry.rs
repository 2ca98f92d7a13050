//! The builtin-module registry: a `linkme` distributed slice that module
//! crates (`pycopy-modules`, a port) add [`ModuleDef`]s to. Nothing keeps a
//! central list: whatever is linked into the binary is importable.
//!
//! A module's native functions and methods live in its `natives` table.
//! They are static objects like the builtins (`SK_NATIVE`), with the table
//! number [`REG_TABLE_BASE`] + the module's position in the slice, so
//! binding (`obj.method`), calling and `repr` work as for any builtin.
//! Natives whose name contains a dot (`"StringIO.read"`) are methods of the
//! class named before the dot ([`Module::class`] builds it); the others are
//! module-level functions ([`Module::add_functions`]).
//!
//! Import order (see `import.rs`): `sys.modules`, then for a plain alias
//! (`time`, `io`) a `.py` file on `sys.path`, then the registry; a
//! canonical name (`utime`, `uio`, `sys`) goes straight to the registry.
//! The module object is cached in `sys.modules` under the name used and the
//! canonical name.

use crate::objects::{class, dict, tuple};
use crate::types::{kind, NativeDesc, NativeFn, TypeId, SK_NATIVE};
use crate::vm::{Args, PyResult, Vm};
use alloc::string::String;
use alloc::vec::Vec;
use linkme::distributed_slice;
use pycopy_gc::Value;

/// First native-table number used by registry modules (builtin tables are
/// 0 for builtin functions and 1.. for builtin type methods).
pub const REG_TABLE_BASE: u32 = 0x4000;
/// Native table of the registry's own functions (`help`).
const OWN_TABLE: u32 = 0x3fff;

/// A native function of a registry module, with its Python name.
#[derive(Debug)]
pub struct ModFn {
    /// `"name"` for a module function, `"Class.name"` for a method.
    pub name: &'static str,
    /// The descriptor the call machinery uses (its `name` field is unused).
    pub desc: NativeDesc,
}

impl ModFn {
    /// A table entry.
    pub const fn new(name: &'static str, f: NativeFn) -> ModFn {
        ModFn {
            name,
            desc: NativeDesc { name: 0, f },
        }
    }
}

/// A builtin module definition.
#[derive(Debug)]
pub struct ModuleDef {
    /// Canonical name (`"utime"`, `"sys"`): always the builtin.
    pub name: &'static str,
    /// Other spellings (`"time"`): a `.py` file on `sys.path` wins over them.
    pub aliases: &'static [&'static str],
    /// Native functions and methods.
    pub natives: &'static [ModFn],
    /// Fills the new module object (its `__name__` is the canonical name).
    pub init: fn(&mut Vm, &Module) -> PyResult<()>,
    /// Run once at VM start-up (e.g. to add `open` to builtins); optional.
    pub boot: Option<fn(&mut Vm, &Module) -> PyResult<()>>,
}

/// Every linked builtin module.
#[distributed_slice]
pub static MODULES: [ModuleDef];

/// Handle passed to a module's `init`/`boot`: its table and object.
///
/// The module object is held on the VM's temp-root stack (the compacting
/// collector moves it whenever `init` allocates), so it is read through
/// [`Module::object`], never kept across an allocation.
#[derive(Clone, Copy, Debug)]
pub struct Module {
    /// Position in [`MODULES`].
    pub index: usize,
    /// Temp root holding the module object (None during `boot`).
    pub root: Option<usize>,
}

impl Module {
    /// The module object now (None during `boot`).
    pub fn object(&self, vm: &Vm) -> Value {
        self.root.map_or(Value::NONE, |i| vm.root(i))
    }

    /// The definition.
    pub fn def(&self) -> Option<&'static ModuleDef> {
        MODULES.get(self.index)
    }

    /// The native called `name` as a value.
    pub fn native(&self, name: &str) -> Value {
        let i = self
            .def()
            .and_then(|d| d.natives.iter().position(|f| f.name == name))
            .unwrap_or(0xffff);
        Value::static_obj(
            SK_NATIVE,
            ((REG_TABLE_BASE + self.index as u32) << 16) | (i as u32 & 0xffff),
        )
    }

    /// Sets attribute `name` of the module.
    pub fn set(&self, vm: &mut Vm, name: &str, v: Value) -> PyResult<()> {
        let mark = vm.push_root(v);
        let k = vm.intern(name);
        let v = vm.root(mark);
        vm.pop_roots(mark);
        let d = vm.slot(self.object(vm), 1);
        dict::set(vm, d, k?, v)
    }

    /// Sets a small-int constant.
    pub fn set_int(&self, vm: &mut Vm, name: &str, v: i64) -> PyResult<()> {
        let v = int_value(vm, v)?;
        self.set(vm, name, v)
    }

    /// Adds every module-level native (name without a dot, not starting
    /// with `_`) to the module.
    pub fn add_functions(&self, vm: &mut Vm) -> PyResult<()> {
        let Some(d) = self.def() else { return Ok(()) };
        for f in d.natives {
            if !f.name.contains('.') && !f.name.starts_with('_') {
                let v = self.native(f.name);
                self.set(vm, f.name, v)?;
            }
        }
        Ok(())
    }

    /// Builds class `name` (bases: a tuple or None) whose methods are the
    /// natives named `"name.method"`; a `__new__` among them becomes a
    /// staticmethod. Sets it on the module and returns it.
    pub fn class(&self, vm: &mut Vm, name: &str, bases: &[Value]) -> PyResult<Value> {
        // The bases stay rooted (after the namespace) until the tuple is built.
        let mark = vm.push_root(Value::NONE);
        for b in bases {
            vm.push_root(*b);
        }
        let r = (|| {
            let ns = dict::new_dict(vm, 16)?;
            vm.set_root(mark, ns);
            let prefix = alloc::format!("{name}.");
            let Some(d) = self.def() else {
                return Err(vm.type_error("no module"));
            };
            for f in d.natives {
                let Some(m) = f.name.strip_prefix(prefix.as_str()) else {
                    continue;
                };
                let mut v = self.native(f.name);
                if m == "__new__" {
                    v = vm.call(TypeId::StaticMethod.value(), &[v])?;
                }
                let vmark = vm.push_root(v);
                let k = vm.intern(m);
                let v = vm.root(vmark);
                vm.pop_roots(vmark);
                let ns = vm.root(mark);
                dict::set(vm, ns, k?, v)?;
            }
            let modname = vm.slot(self.object(vm), 0);
            let ns = vm.root(mark);
            dict::set(vm, ns, Value::qstr(crate::qstr::q::D_MODULE), modname)?;
            let bases: Vec<Value> = (0..bases.len()).map(|i| vm.root(mark + 1 + i)).collect();
            let bt = tuple::new_tuple(vm, &bases)?;
            let bmark = vm.push_root(bt);
            let n = vm.intern(name);
            let bt = vm.root(bmark);
            vm.pop_roots(bmark);
            let ns = vm.root(mark);
            let c = class::new_class(vm, n?, bt, ns)?;
            // Re-read after `set` (it may allocate and move the class).
            vm.set_root(mark, c);
            self.set(vm, name, c)?;
            Ok(vm.root(mark))
        })();
        vm.pop_roots(mark);
        r
    }
}

/// An int value (small or big).
pub fn int_value(vm: &mut Vm, i: i64) -> PyResult<Value> {
    match Value::int(i) {
        Some(v) => Ok(v),
        None => crate::objects::int::from_i128(vm, i as i128),
    }
}

/// The registry native with static id `id`, if `id` is in a registry table.
pub fn native(id: u32) -> Option<&'static NativeDesc> {
    let table = id >> 16;
    let i = (id & 0xffff) as usize;
    if table == OWN_TABLE {
        return OWN.get(i);
    }
    let m = MODULES.get(table.checked_sub(REG_TABLE_BASE)? as usize)?;
    m.natives.get(i).map(|f| &f.desc)
}

/// Whether `v` is a native function or method of a registry module.
pub fn is_module_native(v: Value) -> bool {
    matches!(v.as_static(), Some((SK_NATIVE, id)) if (id >> 16) >= REG_TABLE_BASE)
}

/// The Python name of registry native `id` (for `repr`).
pub fn native_name(id: u32) -> Option<&'static str> {
    let table = id >> 16;
    let i = (id & 0xffff) as usize;
    if table == OWN_TABLE {
        return (i == 0).then_some("help");
    }
    let m = MODULES.get(table.checked_sub(REG_TABLE_BASE)? as usize)?;
    let n = m.natives.get(i)?.name;
    Some(n.rsplit('.').next().unwrap_or(n))
}

/// The definition answering to `name` and whether `name` is its canonical
/// spelling.
pub fn find(name: &str) -> Option<(usize, bool)> {
    for (i, m) in MODULES.iter().enumerate() {
        if m.name == name {
            return Some((i, true));
        }
        if m.aliases.contains(&name) {
            return Some((i, false));
        }
    }
    None
}

/// Every importable builtin name (canonical names and aliases), sorted.
pub fn names() -> Vec<&'static str> {
    let mut v: Vec<&'static str> = MODULES
        .iter()
        .flat_map(|m| core::iter::once(m.name).chain(m.aliases.iter().copied()))
        .collect();
    v.sort_unstable();
    v
}

/// Creates (or, for `sys`, fills the VM's own) module object for registry
/// entry `index` and caches it in `sys.modules` under its canonical name
/// and every alias that no `.py` file has taken.
pub fn load(vm: &mut Vm, index: usize) -> PyResult<Value> {
    let Some(def) = MODULES.get(index) else {
        return Err(vm.raise(TypeId::ImportError, "bad module index"));
    };
    let canon = vm.new_str(def.name)?;
    if let Some(m) = dict::get_str(vm, vm.st.modules, canon) {
        return Ok(m);
    }
    let m = if def.name == "sys" {
        vm.st.sys
    } else {
        crate::import::new_module(vm, def.name)?
    };
    let mark = vm.push_root(m);
    let r = (|| {
        let key = vm.new_str(def.name)?;
        let mods = vm.st.modules;
        dict::set(vm, mods, key, vm.root(mark))?;
        let h = Module {
            index,
            root: Some(mark),
        };
        if let Err(e) = (def.init)(vm, &h) {
            let key = vm.new_str(def.name)?;
            let mods = vm.st.modules;
            dict::remove(vm, mods, key)?;
            return Err(e);
        }
        Ok(vm.root(mark))
    })();
    vm.pop_roots(mark);
    r
}

/// Runs every linked module's `boot` hook and adds `help` to builtins.
pub fn boot(vm: &mut Vm) -> PyResult<()> {
    for (i, m) in MODULES.iter().enumerate() {
        if let Some(b) = m.boot {
            b(
                vm,
                &Module {
                    index: i,
                    root: None,
                },
            )?;
        }
    }
    let k = vm.intern("help")?;
    let b = vm.st.builtins;
    dict::set(vm, b, k, Value::static_obj(SK_NATIVE, OWN_TABLE << 16))
}

static OWN: [NativeDesc; 1] = [NativeDesc { name: 0, f: help }];

/// The text `help('modules')` prints: every builtin module name in four
/// columns, then a note about the filesystem (as MicroPython prints it).
pub fn modules_help_text() -> String {
    let mut names = names();
    names.insert(0, "__main__");
    names.insert(1, "builtins");
    let mut out = String::new();
    let rows = names.len().div_ceil(4);
    for r in 0..rows {
        let mut line = String::new();
        for c in 0..4 {
            if let Some(n) = names.get(c * rows + r) {
                line.push_str(n);
                if c < 3 {
                    for _ in n.len()..18 {
                        line.push(' ');
                    }
                }
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out.push_str("Plus any modules on the filesystem\n");
    out
}

fn help(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = vm.arg(&a, 0);
    if a.n == 0 {
        vm.write_out(
            "Welcome to Pycopy!\n\nFor a list of available modules, type help('modules')\n\
             For the methods of an object, type help(obj)\n",
        );
        return Ok(Value::NONE);
    }
    if vm.str_of(v) == Some("modules") {
        let t = modules_help_text();
        vm.write_out(&t);
        return Ok(Value::NONE);
    }
    // help(obj): list the attributes of a module, class or the object's type.
    let d = match vm.kind_of(v) {
        kind::MODULE => vm.slot(v, 1),
        kind::CLASS => vm.slot(v, class::DICT),
        _ => {
            let t = vm.type_of(v);
            if vm.kind_of(t) == kind::CLASS {
                vm.slot(t, class::DICT)
            } else {
                Value::NONE
            }
        }
    };
    let r = vm.repr_string(v)?;
    let mut out = alloc::format!("object {r} is of type {}\n", vm.type_name(v));
    if vm.kind_of(d) == kind::DICT {
        for (k, x) in dict::pairs(vm, d) {
            let ks = vm.str_string(k)?;
            let xs = vm.repr_string(x)?;
            out.push_str(&alloc::format!("  {ks} -- {xs}\n"));
        }
    }
    vm.write_out(&out);
    Ok(Value::NONE)
}
